-- Arabic is written with or without hamza on its alefs (إجراءات, اجراءات), alef maqsura and taa
-- marbuta are often typed as yaa and haa, tatweel stretches words and harakat are mostly left
-- out: a reader cannot know which spelling a draft used. Both the indexed documents and the
-- query go through `arabic_normalize`, so every spelling finds every other; other scripts pass
-- through unchanged. It calls only built-in functions, as an index expression must be safe under
-- any search_path.
CREATE FUNCTION arabic_normalize(input text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT regexp_replace(
    translate(input, U&'\0623\0625\0622\0671\0649\0629', U&'\0627\0627\0627\0627\064A\0647'),
    U&'[\0640\064B-\065F\0670]', '', 'g')
$$;

-- websearch_to_tsquery('simple', query) on the normalised query, each Arabic term widened to its
-- clitic forms (20261125040000_arabic_search).
CREATE OR REPLACE FUNCTION search_query(query text) RETURNS tsquery
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT coalesce(string_agg(coalesce(arabic_lexeme_choice(part[1]), part[2]), '' ORDER BY n), '')::tsquery
    FROM regexp_matches(websearch_to_tsquery('simple', arabic_normalize(query))::text, '(''(?:[^'']|'''')*'')|([^'']+)', 'g') WITH ORDINALITY AS m(part, n)
$$;

-- ts_headline of `document` as written, marking its words whose normalised form the query
-- matched: ts_headline alone compares the words as written with the normalised query, so it
-- would miss "إجراءات" for "اجراءات". The query is given those words as written as well.
CREATE FUNCTION search_headline(document text, query tsquery, options text) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT ts_headline('simple', document, coalesce(
    (SELECT query || string_agg(DISTINCT quote_literal(lower(word.token)), ' | ')::tsquery
       FROM ts_parse('default', document) AS word
      WHERE arabic_normalize(lower(word.token)) <> lower(word.token)
        AND arabic_normalize(lower(word.token)) IN (
          SELECT replace(lexeme[1], '''''', '''')
            FROM regexp_matches(query::text, '''((?:[^'']|'''')*)''', 'g') AS lexeme)),
    query), options)
$$;

-- The indexes of 20261202120000_search_indexes over the normalised documents; building them
-- indexes every existing row anew.
DROP INDEX "Provision_search_idx";
DROP INDEX "Annotation_search_idx";
CREATE INDEX "Provision_search_idx" ON "Provision" USING gin (to_tsvector('simple', arabic_normalize(coalesce("heading", '') || ' ' || "text")));
CREATE INDEX "Annotation_search_idx" ON "Annotation" USING gin (to_tsvector('simple', arabic_normalize("bodyText" || ' ' || coalesce("proposedText", ''))));
