-- The employment situation at baseline and at about six months: each client's latest status at
-- the timepoint. Tables: employment_situation, visits, organisations.
WITH timepoints AS (
  SELECT 'baseline' AS timepoint, 'employment-situation-baseline' AS figure
  UNION ALL SELECT 'follow-up-6-months', 'employment-situation-follow-up-6-months'
),
statuses AS (
  SELECT client_key, timepoint, employment_status,
         ROW_NUMBER() OVER (PARTITION BY client_key, timepoint
                            ORDER BY effective_date DESC, observation_key DESC) AS nth
  FROM employment_situation
  WHERE client_key IS NOT NULL AND employment_status IS NOT NULL
    AND timepoint IN ('baseline', 'follow-up-6-months')
    AND effective_date BETWEEN ${period_start} AND ${period_end}
    AND (${organisation} IS NULL OR encounter_key IN
          (SELECT v.encounter_key FROM visits v WHERE v.organisation_key IN
            (SELECT organisation_key FROM organisations WHERE sote_oid = ${organisation})))
),
latest AS (
  SELECT client_key, timepoint, employment_status FROM statuses WHERE nth = 1
)
SELECT t.figure AS figure, CAST(NULL AS STRING) AS stratifier, CAST(NULL AS STRING) AS stratum,
       COUNT(l.client_key) AS n, CAST(NULL AS DOUBLE) AS mean
FROM timepoints t
LEFT JOIN latest l ON l.timepoint = t.timepoint
GROUP BY t.figure
UNION ALL
SELECT t.figure, 'status', l.employment_status, COUNT(*), NULL
FROM timepoints t
JOIN latest l ON l.timepoint = t.timepoint
GROUP BY t.figure, l.employment_status
