/**
 * Whether the terminal output is coloured: on a terminal, unless NO_COLOR asks otherwise
 * (no-color.org); FORCE_COLOR colours a pipe too (a pager that reads ANSI, a CI log), as Node's own tools do.
 */
export function wantsColour(env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return !["0", "false"].includes(env.FORCE_COLOR);
  return isTTY;
}
