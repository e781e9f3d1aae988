-- The clients of the period (a work-ability support path starting in it) and their profile, each
-- client taken once, with the facts of their first path of the period.
-- Tables: episodes, clients, unemployment, organisations.
WITH paths AS (
  SELECT client_key, start_date, referral_source,
         ROW_NUMBER() OVER (PARTITION BY client_key
                            ORDER BY start_date, episode_key) AS nth
  FROM episodes
  WHERE client_key IS NOT NULL
    AND start_date BETWEEN ${period_start} AND ${period_end}
    AND (${organisation} IS NULL OR organisation_key IN
          (SELECT organisation_key FROM organisations WHERE sote_oid = ${organisation}))
),
client AS (
  SELECT p.client_key, p.start_date, p.referral_source, c.gender, c.birth_year
  FROM paths p
  LEFT JOIN clients c ON c.client_key = p.client_key
  WHERE p.nth = 1
),
durations AS (
  SELECT client_key, months,
         ROW_NUMBER() OVER (PARTITION BY client_key
                            ORDER BY effective_date NULLS LAST, observation_key) AS nth
  FROM unemployment
  WHERE client_key IS NOT NULL AND months IS NOT NULL
),
client_duration AS (
  SELECT c.client_key, d.months
  FROM client c
  JOIN durations d ON d.client_key = c.client_key AND d.nth = 1
)
SELECT 'clients-per-year' AS figure, CAST(NULL AS STRING) AS stratifier,
       CAST(NULL AS STRING) AS stratum, COUNT(*) AS n, CAST(NULL AS DOUBLE) AS mean
FROM client
UNION ALL
SELECT 'clients-by-referral-source', NULL, NULL, COUNT(*), NULL
FROM client
WHERE referral_source IS NOT NULL
UNION ALL
SELECT 'clients-by-referral-source', 'source', referral_source, COUNT(*), NULL
FROM client
WHERE referral_source IS NOT NULL
GROUP BY referral_source
UNION ALL
SELECT 'client-age', NULL, NULL, COUNT(*),
       AVG(CAST(EXTRACT(YEAR FROM start_date) - birth_year AS DOUBLE))
FROM client
WHERE birth_year IS NOT NULL
UNION ALL
SELECT 'clients-by-gender', NULL, NULL, COUNT(*), NULL
FROM client
UNION ALL
SELECT 'clients-by-gender', 'gender', COALESCE(gender, 'unknown'), COUNT(*), NULL
FROM client
GROUP BY COALESCE(gender, 'unknown')
UNION ALL
SELECT 'clients-long-term-unemployed', NULL, NULL, COUNT(*), NULL
FROM client_duration
UNION ALL
SELECT 'clients-long-term-unemployed', 'long-term-unemployed',
       CASE WHEN months >= 12 THEN 'yes' ELSE 'no' END, COUNT(*), NULL
FROM client_duration
GROUP BY CASE WHEN months >= 12 THEN 'yes' ELSE 'no' END
UNION ALL
SELECT 'clients-unemployed-over-3-years', NULL, NULL, COUNT(*), NULL
FROM client_duration
UNION ALL
SELECT 'clients-unemployed-over-3-years', 'unemployed-over-3-years',
       CASE WHEN months > 36 THEN 'yes' ELSE 'no' END, COUNT(*), NULL
FROM client_duration
GROUP BY CASE WHEN months > 36 THEN 'yes' ELSE 'no' END
