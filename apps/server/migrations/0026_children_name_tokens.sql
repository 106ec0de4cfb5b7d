-- Name search tokens (list.repo.ts): each word of a folded name whole ("dat") and every prefix of it
-- marked with "~" ("d~", "da~", "dat~"), so the word being typed is an exact GIN key: a prefix match
-- ("dat:*" in a tsvector index) walked a bitmap of every word it covered and cost ~9× as much.
-- IMMUTABLE: used by expression indexes; plpgsql, ~5× cheaper per row than a set-returning SQL body.
CREATE OR REPLACE FUNCTION vte_name_tokens(folded text) RETURNS text[]
  LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE STRICT AS $fn$
DECLARE
  w text;
  n int;
  tokens text[] := '{}';
BEGIN
  FOREACH w IN ARRAY string_to_array(regexp_replace(folded, '[^a-z0-9]+', ' ', 'g'), ' ') LOOP
    CONTINUE WHEN w = '';
    tokens := tokens || w;
    FOR n IN 1..length(w) LOOP
      tokens := tokens || (left(w, n) || '~');
    END LOOP;
  END LOOP;
  RETURN tokens;
END
$fn$;
--> statement-breakpoint
-- A child's tokens also carry its unit ("@<uuid>"): a search in a district asks the index for the
-- words AND any of its units, so matches in other districts are never read.
CREATE OR REPLACE FUNCTION vte_child_name_tokens(folded text, unit uuid) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
  SELECT coalesce(vte_name_tokens(folded), '{}') || ('@' || unit::text)
$fn$;
--> statement-breakpoint
DROP INDEX "child_name_words_idx";--> statement-breakpoint
DROP INDEX "child_guardian_name_words_idx";--> statement-breakpoint
DROP INDEX "child_list_unit_idx";--> statement-breakpoint
-- IF NOT EXISTS: a kept bench register may have them built ahead (each takes minutes over 1M rows).
CREATE INDEX IF NOT EXISTS "child_name_tokens_idx" ON "child" USING gin (vte_child_name_tokens("name_folded", "unit_id"));--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "child_guardian_name_tokens_idx" ON "child_guardian" USING gin (vte_name_tokens("name_folded"));--> statement-breakpoint
CREATE INDEX "child_list_unit_idx" ON "child" USING btree ("unit_id",("name_sort" collate "C"),"id","province_id","dob","sex","personal_id") WHERE "child"."status" = 'active';