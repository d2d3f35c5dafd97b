import { codePointLength } from "./characters";
import { isRecord } from "./is-record";

// Size limits of an annotation body. They are checked on the raw input before the structural
// schema runs, without recursion, so a hostile body nested 100,000 levels deep is refused
// instead of overflowing the stack.

export const MAX_DEPTH = 10; // the doc is level 0: doc > bulletList > listItem > paragraph > text is 4
export const MAX_TEXT_CHARACTERS = 20_000;
export const MAX_NODES = 2_000; // every node counts, the doc and each text node included

export const limitMessages = {
  depth: `The comment is nested too deeply (at most ${MAX_DEPTH} levels of lists and quotes).`,
  text: `The comment is too long (at most ${MAX_TEXT_CHARACTERS.toLocaleString("en")} characters).`,
  nodes: `The comment has too many parts (at most ${MAX_NODES.toLocaleString("en")} paragraphs, list items and formatted pieces).`,
} as const;

/**
 * The first limit the input breaks, or null. Walks `content` arrays only: that is where the
 * schema allows children; anything else is left for the schema to refuse.
 */
export function findLimitProblem(input: unknown): keyof typeof limitMessages | null {
  const stack: { node: unknown; depth: number }[] = [{ node: input, depth: 0 }];
  let nodes = 0;
  let characters = 0;
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (!isRecord(node)) continue;
    if (depth > MAX_DEPTH) return "depth";
    nodes += 1;
    if (nodes > MAX_NODES) return "nodes";
    if (typeof node.text === "string") {
      characters += codePointLength(node.text);
      if (characters > MAX_TEXT_CHARACTERS) return "text";
    }
    if (Array.isArray(node.content)) {
      for (const child of node.content) stack.push({ node: child, depth: depth + 1 });
    }
  }
  return null;
}
