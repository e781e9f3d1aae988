-- Outcome measures (PROM) at baseline and about six months: respondents and mean score per
-- timepoint, and the follow-up response rate. A client's score at a timepoint is the mean of their
-- values there (for 3X10D, of the dimensions). Tables: measures, visits, organisations.
WITH instruments AS (
  SELECT 'work-ability-score' AS instrument, 'prom-work-ability-score' AS figure
  UNION ALL SELECT 'participation-indicator', 'prom-participation-indicator'
  UNION ALL SELECT 'three-x-ten-d', 'prom-three-x-ten-d'
),
-- A client's score per instrument at each timepoint, in one row per client and instrument, so that
-- the respondents are its rows and need no DISTINCT of their own (over 1M examinations each
-- DISTINCT or GROUP BY over the client keys costs seconds).
per_client AS (
  SELECT m.instrument, m.client_key,
         AVG(CASE WHEN m.timepoint = 'baseline' THEN CAST(m.value AS DOUBLE) END)
           AS baseline_score,
         AVG(CASE WHEN m.timepoint = 'follow-up-6-months' THEN CAST(m.value AS DOUBLE) END)
           AS follow_up_score
  FROM measures m
  WHERE m.client_key IS NOT NULL AND m.value IS NOT NULL
    AND m.instrument IN ('work-ability-score', 'participation-indicator', 'three-x-ten-d')
    AND m.timepoint IN ('baseline', 'follow-up-6-months')
    AND m.effective_date BETWEEN ${period_start} AND ${period_end}
    AND (${organisation} IS NULL OR m.encounter_key IN
          (SELECT v.encounter_key FROM visits v WHERE v.organisation_key IN
            (SELECT organisation_key FROM organisations WHERE sote_oid = ${organisation})))
  GROUP BY m.instrument, m.client_key
),
baseline AS (
  SELECT DISTINCT client_key FROM per_client WHERE baseline_score IS NOT NULL
),
followed_up AS (
  SELECT DISTINCT client_key
  FROM measures
  WHERE client_key IS NOT NULL AND value IS NOT NULL
    AND instrument IN ('work-ability-score', 'participation-indicator', 'three-x-ten-d')
    AND timepoint = 'follow-up-6-months'
)
SELECT i.figure AS figure, CAST(NULL AS STRING) AS stratifier, CAST(NULL AS STRING) AS stratum,
       COUNT(p.client_key) AS n, CAST(NULL AS DOUBLE) AS mean
FROM instruments i
LEFT JOIN per_client p ON p.instrument = i.instrument
GROUP BY i.figure
UNION ALL
SELECT i.figure, 'timepoint', 'baseline', COUNT(*), AVG(p.baseline_score)
FROM instruments i
JOIN per_client p ON p.instrument = i.instrument
WHERE p.baseline_score IS NOT NULL
GROUP BY i.figure
UNION ALL
SELECT i.figure, 'timepoint', 'follow-up-6-months', COUNT(*), AVG(p.follow_up_score)
FROM instruments i
JOIN per_client p ON p.instrument = i.instrument
WHERE p.follow_up_score IS NOT NULL
GROUP BY i.figure
UNION ALL
SELECT 'follow-up-response-rate', NULL, NULL, COUNT(*), NULL
FROM baseline
UNION ALL
SELECT 'follow-up-response-rate', 'follow-up',
       CASE WHEN f.client_key IS NULL THEN 'no' ELSE 'yes' END, COUNT(*), NULL
FROM baseline b
LEFT JOIN followed_up f ON f.client_key = b.client_key
GROUP BY CASE WHEN f.client_key IS NULL THEN 'no' ELSE 'yes' END
