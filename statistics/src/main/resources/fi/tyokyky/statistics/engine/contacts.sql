-- Contacts with the work-ability coordinator and the team physician, and the consultation contacts
-- by the organisation type that made them. Tables: visits, organisations.
-- Output of every figure file: figure, stratifier, stratum, n, mean (see README "The figures' SQL").
WITH contacts AS (
  SELECT DISTINCT encounter_key, client_key, encounter_type, contact_source
  FROM visits
  WHERE start_date BETWEEN ${period_start} AND ${period_end}
    AND (${organisation} IS NULL OR organisation_key IN
          (SELECT organisation_key FROM organisations WHERE sote_oid = ${organisation}))
),
consultations AS (
  SELECT encounter_key, contact_source
  FROM contacts
  WHERE encounter_type = 'consultation-contact' AND contact_source IS NOT NULL
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
SELECT 'consultation-contacts-by-source', NULL, NULL, COUNT(DISTINCT encounter_key), NULL
FROM consultations
UNION ALL
SELECT 'consultation-contacts-by-source', 'source', contact_source, COUNT(DISTINCT encounter_key),
       NULL
FROM consultations
GROUP BY contact_source
