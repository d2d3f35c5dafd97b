-- Arabic writes conjunctions, prepositions and the article as clitics on the word ("والضمانات",
-- "بالضمانات", "للضمانات"), which the `simple` configuration keeps as one lexeme. Rather than add
-- stripped variants to every document's tsvector, each Arabic query term becomes the choice of its
-- stem with every clitic in front: documents are indexed as they are, phrase positions stay true,
-- and ts_headline marks the words as written.

-- Longest first: the first prefix that leaves a stem of three letters or more is the one removed.
CREATE FUNCTION arabic_clitic_prefixes() RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT ARRAY['وبال', 'وكال', 'فبال', 'فكال', 'وال', 'فال', 'بال', 'كال', 'ولل', 'فلل', 'لل', 'ال', 'و', 'ف', 'ب', 'ك', 'ل'] $$;

CREATE FUNCTION arabic_stem(word text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT coalesce(
    (SELECT substr(word, length(prefix) + 1)
       FROM unnest(arabic_clitic_prefixes()) AS prefix
      WHERE starts_with(word, prefix) AND length(word) - length(prefix) >= 3
      ORDER BY length(prefix) DESC
      LIMIT 1),
    word)
$$;

-- One lexeme of a tsquery (as written in its text form, quoted) as the tsquery text for its stem
-- alone or behind any clitic; lexemes that are not Arabic words are left as they are.
CREATE FUNCTION arabic_lexeme_choice(quoted text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT CASE
    WHEN quoted ~ '^''[\u0621-\u065F\u0670-\u06D3]+''$' THEN
      (SELECT '(' || string_agg(quote_literal(prefix || arabic_stem(btrim(quoted, ''''))), ' | ') || ')'
         FROM unnest(ARRAY[''] || arabic_clitic_prefixes()) AS prefix)
    ELSE quoted
  END
$$;

-- websearch_to_tsquery('simple', query) with each Arabic term widened to its clitic forms.
CREATE FUNCTION search_query(query text) RETURNS tsquery
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT coalesce(string_agg(coalesce(arabic_lexeme_choice(part[1]), part[2]), '' ORDER BY n), '')::tsquery
    FROM regexp_matches(websearch_to_tsquery('simple', query)::text, '(''(?:[^'']|'''')*'')|([^'']+)', 'g') WITH ORDINALITY AS m(part, n)
$$;
