/** A plain JSON object (not null, not an array): the only thing a rich-text node can be. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
