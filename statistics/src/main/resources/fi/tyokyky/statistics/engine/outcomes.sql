-- Supported-employment outcomes dated in the period: clients by outcome, the employment contracts
-- (with wage subsidy, interrupted), the persons employed and the work trials.
-- Tables: outcomes, visits, organisations.
WITH outcome AS (
  SELECT observation_key, client_key, outcome, wage_subsidy, interrupted
  FROM outcomes
  WHERE client_key IS NOT NULL AND outcome IS NOT NULL
    AND effective_date BETWEEN ${period_start} AND ${period_end}
    AND (${organisation} IS NULL OR encounter_key IN
          (SELECT v.encounter_key FROM visits v WHERE v.organisation_key IN
            (SELECT organisation_key FROM organisations WHERE sote_oid = ${organisation})))
),
contract AS (
  SELECT observation_key, client_key,
         CASE WHEN wage_subsidy = TRUE THEN 'yes' ELSE 'no' END AS wage_subsidy,
         CASE WHEN interrupted = TRUE THEN 'yes' ELSE 'no' END AS interrupted
  FROM outcome
  WHERE outcome = 'employment-contract'
)
SELECT 'supported-employment-outcomes' AS figure, CAST(NULL AS STRING) AS stratifier,
       CAST(NULL AS STRING) AS stratum, COUNT(DISTINCT client_key) AS n,
       CAST(NULL AS DOUBLE) AS mean
FROM outcome
UNION ALL
SELECT 'supported-employment-outcomes', 'outcome', outcome, COUNT(DISTINCT client_key), NULL
FROM outcome
GROUP BY outcome
UNION ALL
SELECT 'supported-employment-contracts', NULL, NULL, COUNT(DISTINCT observation_key), NULL
FROM contract
UNION ALL
SELECT 'supported-employment-contracts', 'wage-subsidy', wage_subsidy,
       COUNT(DISTINCT observation_key), NULL
FROM contract
GROUP BY wage_subsidy
UNION ALL
SELECT 'supported-employment-contracts', 'interrupted', interrupted,
       COUNT(DISTINCT observation_key), NULL
FROM contract
GROUP BY interrupted
UNION ALL
SELECT 'persons-employed', NULL, NULL, COUNT(DISTINCT client_key), NULL
FROM contract
UNION ALL
SELECT 'work-trials', NULL, NULL, COUNT(DISTINCT observation_key), NULL
FROM outcome
WHERE outcome = 'work-trial'
