// The words the interface uses for annotation fields stored as enum values: one place, so the
// form, the margin and its filters always name a stance or a visibility the same way.

import type { SOURCE_KINDS, STANCES, VISIBILITIES } from "../operations/annotations/annotation.schema";

export type Stance = (typeof STANCES)[number];
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type Visibility = (typeof VISIBILITIES)[number];
export type AnnotationStatus = "OPEN" | "RESOLVED";

export const STANCE_LABELS: Record<Stance, string> = { CONCERN: "Concern", SUPPORT: "Support", PROPOSAL: "Proposal", QUESTION: "Question" };

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = { NGO: "NGO", OHCHR: "OHCHR", STATE: "State", ACADEMIC: "Academic", OTHER: "Other" };

export const VISIBILITY_LABELS: Record<Visibility, string> = { PRIVATE: "Only me", ORGANIZATION: "My organisation", PUBLIC: "Everyone" };

export const STATUS_LABELS: Record<AnnotationStatus, string> = { OPEN: "Open", RESOLVED: "Resolved" };
