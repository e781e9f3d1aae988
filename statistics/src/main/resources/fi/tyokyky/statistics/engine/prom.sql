-- Outcome measures (PROM) at baseline and about six months: respondents and mean score per
-- timepoint, and the follow-up response rate. A client's score at a timepoint is the mean of their
-- values there (for 3X10D, of the dimensions). Tables: measures, visits, organisations.
WITH instruments AS (
  SELECT 'work-ability-score' AS instrument, 'prom-work-ability-score' AS figure
  UNION ALL SELECT 'participation-indicator', 'prom-participation-indicator'
  UNION ALL SELECT 'three-x-ten-d', 'prom-three-x-ten-d'
),
scored AS (
  SELECT m.client_key, m.instrument, m.timepoint, m.value
  FROM measures m
  WHERE m.client_key IS NOT NULL AND m.value IS NOT NULL
    AND m.instrument IN ('work-ability-score', 'participation-indicator', 'three-x-ten-d')
    AND m.timepoint IN ('baseline', 'follow-up-6-months')
    AND m.effective_date BETWEEN ${period_start} AND ${period_end}
    AND (${organisation} IS NULL OR m.encounter_key IN
          (SELECT v.encounter_key FROM visits v WHERE v.organisation_key IN
            (SELECT organisation_key FROM organisations WHERE sote_oid = ${organisation})))
),
per_client AS (
  SELECT instrument, timepoint, client_key, AVG(CAST(value AS DOUBLE)) AS score
  FROM scored
  GROUP BY instrument, timepoint, client_key
),
baseline AS (
  SELECT DISTINCT client_key FROM scored WHERE timepoint = 'baseline'
),
followed_up AS (
  SELECT DISTINCT client_key
  FROM measures
  WHERE client_key IS NOT NULL AND value IS NOT NULL
    AND instrument IN ('work-ability-score', 'participation-indicator', 'three-x-ten-d')
    AND timepoint = 'follow-up-6-months'
)
SELECT i.figure AS figure, CAST(NULL AS STRING) AS stratifier, CAST(NULL AS STRING) AS stratum,
       COUNT(DISTINCT p.client_key) AS n, CAST(NULL AS DOUBLE) AS mean
FROM instruments i
LEFT JOIN per_client p ON p.instrument = i.instrument
GROUP BY i.figure
UNION ALL
SELECT i.figure, 'timepoint', p.timepoint, COUNT(*), AVG(p.score)
FROM instruments i
JOIN per_client p ON p.instrument = i.instrument
GROUP BY i.figure, p.timepoint
UNION ALL
SELECT 'follow-up-response-rate', NULL, NULL, COUNT(*), NULL
FROM baseline
UNION ALL
SELECT 'follow-up-response-rate', 'follow-up',
       CASE WHEN f.client_key IS NULL THEN 'no' ELSE 'yes' END, COUNT(*), NULL
FROM baseline b
LEFT JOIN followed_up f ON f.client_key = b.client_key
GROUP BY CASE WHEN f.client_key IS NULL THEN 'no' ELSE 'yes' END
