-- Vietnamese sort key, so lists order by a plain byte comparison instead of an ICU collation
-- per request. Matches ICU vi-VN order on letters, vowel marks and tones (positional); ties on
-- letter case may differ. IMMUTABLE: used by stored generated columns.
CREATE OR REPLACE FUNCTION vte_vi_sort_key(t text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $fn$
  WITH s AS (
    -- Tones become V..Z in the order Vietnamese sorts them (huyền, hỏi, ngã, sắc, nặng) and are
    -- moved after the vowel's own mark, which NFD may put after a dot below.
    SELECT regexp_replace(translate(lower(normalize(t, NFD)), E'\u0300\u0309\u0303\u0301\u0323', 'VWXYZ'),
                          '([V-Z])([\u0302\u0306\u031b])', '\2\1', 'g') AS x
  ), v AS (
    -- Each letter carries its variant: a! ă" â#, d! đ", e! ê#, o! ô# ơ$, u! ư$.
    SELECT regexp_replace(
             replace(replace(replace(replace(replace(replace(replace(x,
               E'a\u0306', 'a"'), E'a\u0302', 'a#'), E'e\u0302', 'e#'), E'o\u0302', 'o#'), E'o\u031b', 'o$'), E'u\u031b', 'u$'), 'đ', 'd"'),
             '([a-z])(?![!"#$])', '\1!', 'g') AS x
    FROM s
  )
  SELECT regexp_replace(x, '[V-Z]', '', 'g')
         || E'\x01' ||
         regexp_replace(regexp_replace(regexp_replace(x, '[a-z][!"#$]([V-Z])', '\1', 'g'), '[a-z][!"#$]', '0', 'g'), '[^0V-Z]', '', 'g')
         || E'\x01' || t
  FROM v
$fn$;
