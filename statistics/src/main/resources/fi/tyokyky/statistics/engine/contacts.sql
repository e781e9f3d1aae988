-- Contacts with the work-ability coordinator and the team physician, and the consultation contacts
-- by the organisation type that made them. Tables: visits, organisations.
-- Output of every figure file: figure, stratifier, stratum, n, mean (see README "The figures' SQL").
-- A contact on several service paths has a row per path: every count is COUNT(DISTINCT), so the
-- duplicates need no DISTINCT of their own (over 1M examinations it took most of the time).
WITH contacts AS (
  SELECT encounter_key, client_key, encounter_type, contact_source
  FROM visits
  WHERE start_date BETWEEN ${period_start} AND ${period_end}
    AND (${organisation} IS NULL OR organisation_key IN
          (SELECT organisation_key FROM organisations WHERE sote_oid = ${organisation}))
),
by_source AS (
  SELECT contact_source, COUNT(DISTINCT encounter_key) AS n
  FROM contacts
  WHERE encounter_type = 'consultation-contact' AND contact_source IS NOT NULL
  GROUP BY contact_source
)
SELECT 'clients-seen-by-coordinator' AS figure, CAST(NULL AS STRING) AS stratifier,
       CAST(NULL AS STRING) AS stratum, COUNT(DISTINCT client_key) AS n,
       CAST(NULL AS DOUBLE) AS mean
FROM contacts
WHERE encounter_type = 'coordinator-visit' AND client_key IS NOT NULL
UNION ALL
SELECT 'visits', NULL, NULL, COUNT(DISTINCT encounter_key), NULL
FROM contacts
WHERE encounter_type = 'coordinator-visit'
UNION ALL
SELECT 'clients-seen-by-physician', NULL, NULL, COUNT(DISTINCT client_key), NULL
FROM contacts
WHERE encounter_type = 'team-physician-visit' AND client_key IS NOT NULL
UNION ALL
-- The source is the encounter's, the same on each of its rows, so the population is the sum of
-- the cells: one COUNT(DISTINCT) over the consultations instead of two.
SELECT 'consultation-contacts-by-source', NULL, NULL, CAST(COALESCE(SUM(n), 0) AS BIGINT), NULL
FROM by_source
UNION ALL
SELECT 'consultation-contacts-by-source', 'source', contact_source, n, NULL
FROM by_source
