-- ReportService's four statements (EVALUATION_SUMS, SECTION_SUMS, ITEM_SUMS, SURVEY_SUMS) with parameters written in.
\echo '-- evaluation_sums'
SELECT (date_trunc('month', e.call_ended_at AT TIME ZONE 'Asia/Shanghai'))::date AS bucket, count(*) AS n, sum(e.score) AS score_sum, count(*) FILTER (WHERE e.passed) AS passed, count(*) FILTER (WHERE e.critical_failed) AS critical FROM evaluation e
WHERE e.status <> 'OPEN' AND e.call_ended_at >= timestamptz '2026-01-01 00:00+08' AND e.call_ended_at < timestamptz '2026-02-01 00:00+08'
  AND ('bench-a-421'::text IS NULL OR e.agent_id = 'bench-a-421') AND (NULL::text IS NULL OR e.team_id = NULL) GROUP BY 1;

\echo '-- section_sums'
SELECT (date_trunc('month', e.call_ended_at AT TIME ZONE 'Asia/Shanghai'))::date AS bucket, i.section, max(i.section_name) AS name, sum(i.earned) FILTER (WHERE i.applicable) AS earned, sum(i.max_points) FILTER (WHERE i.applicable) AS possible FROM evaluation_item i JOIN evaluation e ON e.evaluation_id = i.evaluation_id
WHERE e.call_ended_at >= timestamptz '2026-01-01 00:00+08' AND e.call_ended_at < timestamptz '2026-02-01 00:00+08'
  AND ('bench-a-421'::text IS NULL OR e.agent_id = 'bench-a-421') AND (NULL::text IS NULL OR e.team_id = NULL) GROUP BY 1, 2;

\echo '-- item_sums'
SELECT i.section, i.item, max(i.label) AS label, count(*) FILTER (WHERE i.applicable) AS answered, sum(i.earned) FILTER (WHERE i.applicable) AS earned, sum(i.max_points) FILTER (WHERE i.applicable) AS possible FROM evaluation_item i JOIN evaluation e ON e.evaluation_id = i.evaluation_id
WHERE e.call_ended_at >= timestamptz '2026-01-01 00:00+08' AND e.call_ended_at < timestamptz '2026-02-01 00:00+08'
  AND ('bench-a-421'::text IS NULL OR e.agent_id = 'bench-a-421') AND (NULL::text IS NULL OR e.team_id = NULL) GROUP BY 1, 2;

\echo '-- survey_sums'
SELECT (date_trunc('month', s.answered_at AT TIME ZONE 'Asia/Shanghai'))::date AS bucket, count(*) AS n,
       sum(s.satisfaction) AS satisfaction_sum, count(*) FILTER (WHERE s.satisfaction >= 4) AS satisfied,
       count(*) FILTER (WHERE s.praise) AS praised, count(*) FILTER (WHERE s.resolved) AS resolved
FROM survey s
WHERE s.answered_at >= timestamptz '2026-01-01 00:00+08' AND s.answered_at < timestamptz '2026-02-01 00:00+08'
  AND ('bench-a-421'::text IS NULL OR s.agent_id = 'bench-a-421') AND (NULL::text IS NULL OR s.team_id = NULL)
GROUP BY 1;
