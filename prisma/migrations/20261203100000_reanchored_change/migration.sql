-- An annotation placed again on a draft it was carried to, after an editor re-paired the drafts.
ALTER TYPE "AnnotationChange" ADD VALUE 'REANCHORED';
