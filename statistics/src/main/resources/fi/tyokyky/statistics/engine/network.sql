-- Clients whose multi-agency support network started in the period, and of them those with a
-- participant of each organisation type. Tables: network_participation, organisations.
-- Both counts are COUNT(DISTINCT client_key), so participants need no DISTINCT first.
WITH network AS (
  SELECT client_key, organisation_type
  FROM network_participation
  WHERE client_key IS NOT NULL
    AND start_date BETWEEN ${period_start} AND ${period_end}
    AND (${organisation} IS NULL OR organisation_key IN
          (SELECT organisation_key FROM organisations WHERE sote_oid = ${organisation}))
)
SELECT 'network-participation-by-organisation-type' AS figure,
       CAST(NULL AS STRING) AS stratifier, CAST(NULL AS STRING) AS stratum,
       COUNT(DISTINCT client_key) AS n, CAST(NULL AS DOUBLE) AS mean
FROM network
UNION ALL
SELECT 'network-participation-by-organisation-type', 'organisation-type', organisation_type,
       COUNT(DISTINCT client_key), NULL
FROM network
WHERE organisation_type IS NOT NULL
GROUP BY organisation_type
