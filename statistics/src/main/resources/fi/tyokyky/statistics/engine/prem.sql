-- The service experience (PREM) questions: each client's latest answer to the question in the
-- period, positive (the two best answers) or other. Tables: experience_answers, visits,
-- organisations.
WITH questions AS (
  SELECT 'prem-1' AS item, 'prem-coping-better' AS figure
  UNION ALL SELECT 'prem-2', 'prem-found-useful'
  UNION ALL SELECT 'prem-3', 'prem-decided-together'
  UNION ALL SELECT 'prem-4', 'prem-understood-information'
  UNION ALL SELECT 'prem-5', 'prem-knew-continuation'
),
answers AS (
  SELECT client_key, item, answer,
         ROW_NUMBER() OVER (PARTITION BY client_key, item
                            ORDER BY authored_date DESC, response_key DESC) AS nth
  FROM experience_answers
  WHERE client_key IS NOT NULL AND answer IS NOT NULL
    AND item IN ('prem-1', 'prem-2', 'prem-3', 'prem-4', 'prem-5')
    AND authored_date BETWEEN ${period_start} AND ${period_end}
    AND (${organisation} IS NULL OR encounter_key IN
          (SELECT v.encounter_key FROM visits v WHERE v.organisation_key IN
            (SELECT organisation_key FROM organisations WHERE sote_oid = ${organisation})))
),
latest AS (
  SELECT client_key, item,
         CASE
           WHEN item = 'prem-1' AND answer IN ('much-better', 'better') THEN 'positive'
           WHEN item <> 'prem-1' AND answer IN ('strongly-agree', 'agree') THEN 'positive'
           ELSE 'other'
         END AS kind
  FROM answers
  WHERE nth = 1
)
SELECT q.figure AS figure, CAST(NULL AS STRING) AS stratifier, CAST(NULL AS STRING) AS stratum,
       COUNT(l.client_key) AS n, CAST(NULL AS DOUBLE) AS mean
FROM questions q
LEFT JOIN latest l ON l.item = q.item
GROUP BY q.figure
UNION ALL
SELECT q.figure, 'answer', l.kind, COUNT(*), NULL
FROM questions q
JOIN latest l ON l.item = q.item
GROUP BY q.figure, l.kind
