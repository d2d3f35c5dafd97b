// The margin's filters travel in the page URL (a GET form), so a filtered view can be shared.
// Unknown values are dropped rather than refused: a stale or hand-edited link still opens.

import type { AnnotationFilter } from "../db/annotations";
import { SOURCE_KINDS, STANCES } from "../operations/annotations/annotation.schema";
import type { AnnotationStatus, SourceKind, Stance } from "./labels";

export type SearchParams = Record<string, string | string[] | undefined>;

const STATUSES = ["OPEN", "RESOLVED"] as const;

function all(params: SearchParams, key: string): string[] {
  const value = params[key];
  return (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter((v) => v !== "");
}

function one<T extends string>(params: SearchParams, key: string, allowed?: readonly T[]): T | undefined {
  const value = all(params, key)[0];
  return value !== undefined && (!allowed || allowed.includes(value as T)) ? (value as T) : undefined;
}

export interface MarginFilter {
  tags: string[];
  sourceKind?: SourceKind;
  stance?: Stance;
  authorId?: string;
  organizationId?: string;
  status?: AnnotationStatus;
}

export function parseMarginFilter(params: SearchParams): MarginFilter {
  return {
    tags: all(params, "tag"),
    sourceKind: one(params, "source", SOURCE_KINDS),
    stance: one(params, "stance", STANCES),
    authorId: one(params, "author"),
    organizationId: one(params, "organisation"),
    status: one(params, "status", STATUSES),
  };
}

export function isFiltered(filter: MarginFilter): boolean {
  return filter.tags.length > 0 || Object.entries(filter).some(([key, value]) => key !== "tags" && value !== undefined);
}

export function toAnnotationFilter(filter: MarginFilter): AnnotationFilter {
  return { ...filter, tags: filter.tags.length ? filter.tags : undefined };
}
