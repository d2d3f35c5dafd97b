-- Full-text search (lib/db/search.ts) matches these exact expressions: indexed, a search reads the
-- matching rows instead of making a tsvector of every provision and annotation (10,000
-- annotations: 136 → 23 ms for a common word). Prisma's schema cannot express an index on an
-- expression, so these live here only, like the search functions of 20261125040000_arabic_search.
CREATE INDEX "Provision_search_idx" ON "Provision" USING gin (to_tsvector('simple', coalesce("heading", '') || ' ' || "text"));
CREATE INDEX "Annotation_search_idx" ON "Annotation" USING gin (to_tsvector('simple', "bodyText" || ' ' || coalesce("proposedText", '')));
