import type { z } from "zod";
import { isRecord } from "./is-record";

// What an analyst reads when a comment is refused. zod's own wording ("Invalid input") tells
// them nothing, so every structural schema names the element, formatting or attribute at fault.

type ErrorMap = z.core.$ZodErrorMap;

export const structureMessage = "The comment could not be read: its structure is not valid.";
export const controlCharacterMessage = "The comment contains control characters that cannot be stored.";
export const repeatedMarkMessage = "The same formatting is applied twice to one piece of text.";
export const listStartMessage = "A numbered list must start at a whole number from 0 to 1,000,000.";

/** Quoted, shortened, so a hostile type name cannot flood the message. */
function quote(name: string): string {
  return JSON.stringify(name.length > 40 ? `${name.slice(0, 40)}…` : name);
}

function typeOf(input: unknown): string | null {
  return isRecord(input) && typeof input.type === "string" ? input.type : null;
}

/** For a union of node types, or a node type expected in one place (a list item in a list). */
export const unknownNodeError: ErrorMap = (issue) => {
  const type =
    issue.code === "invalid_union" ? typeOf(issue.input) : issue.code === "invalid_value" && typeof issue.input === "string" ? issue.input : null;
  return type === null ? structureMessage : `Comments cannot contain ${quote(type)} elements here.`;
};

export const unknownMarkError: ErrorMap = (issue) => {
  const type = issue.code === "invalid_union" ? typeOf(issue.input) : null;
  return type === null ? structureMessage : `Comments cannot use ${quote(type)} formatting.`;
};

/** For strict objects: an unknown key such as "onclick" or "style" is named. */
export const unknownAttributeError: ErrorMap = (issue) => {
  if (issue.code !== "unrecognized_keys") return structureMessage;
  const names = issue.keys.map(quote).join(", ");
  return issue.keys.length === 1 ? `Comments cannot contain the attribute ${names}.` : `Comments cannot contain the attributes ${names}.`;
};
