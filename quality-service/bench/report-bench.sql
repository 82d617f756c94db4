-- Report queries on a month of a 1,000-agent center: 50,000 scored evaluations (600,000 item rows), 200,000 surveys.
-- Everything runs in one transaction that is rolled back: the database is left as it was.
-- The four SELECTs are ReportService's statements with the parameters written in
-- ($1 from, $2 to, $3 agent, $4 team, $5 time zone, $6 bucket unit, $7 satisfied-at-least).
\set ON_ERROR_STOP on
\pset pager off
BEGIN;
\echo 'seeding 50,000 evaluations and 200,000 surveys (not timed) ...'
INSERT INTO qa_candidate (contact_id, agent_id, team_id, queue_id, intent, disposition, talk_seconds, ended_at,
                          selected, selection_reason, recorded_at)
SELECT 'bench-c-' || g, 'bench-a-' || (g % 1000), 'bench-t-' || (g % 1000 / 10), 'q', 'INQUIRY', 'RESOLVED', 120,
       timestamptz '2026-01-01 00:00+08' + g * interval '53 seconds', true, 'QUOTA', now()
FROM generate_series(1, 50000) g;

CREATE TEMP TABLE bench_item (section text, section_name text, item text, max_points int) ON COMMIT DROP;
INSERT INTO bench_item VALUES
  ('service-skill', 'Service skill', 'listening', 10), ('service-skill', 'Service skill', 'explanation', 10),
  ('service-skill', 'Service skill', 'hold-transfer', 5), ('empathy', 'Empathy', 'acknowledges-feelings', 10),
  ('empathy', 'Empathy', 'patience', 10), ('service-initiative', 'Service initiative', 'proactive-help', 8),
  ('service-initiative', 'Service initiative', 'follow-up', 7), ('courtesy', 'Courtesy', 'greeting', 5),
  ('courtesy', 'Courtesy', 'closing', 5), ('courtesy', 'Courtesy', 'no-forbidden-phrases', 5),
  ('business-accuracy', 'Business accuracy', 'correct-information', 15),
  ('business-accuracy', 'Business accuracy', 'correct-procedure', 10);

INSERT INTO evaluation (evaluation_id, contact_id, agent_id, team_id, call_ended_at, selection_reason, status,
                        evaluator_id, created_at, scorecard_id, scorecard_version, score, raw_score, pass_mark,
                        passed, critical_failed, result, completed_at)
SELECT gen_random_uuid(), c.contact_id, c.agent_id, c.team_id, c.ended_at, 'QUOTA', 'COMPLETED', 'bench-qa',
       now(), 'default', 1, s.score, s.score, 80, s.score >= 80, false, '{}', now()
FROM qa_candidate c CROSS JOIN LATERAL (SELECT round((60 + random() * 40)::numeric, 2)::float8 AS score) s
WHERE c.contact_id LIKE 'bench-c-%';

INSERT INTO evaluation_item (evaluation_id, item, section, section_name, label, answer, applicable, max_points,
                             earned, critical, failed)
SELECT e.evaluation_id, i.item, i.section, i.section_name, i.item, 'YES', random() > 0.05, i.max_points,
       CASE WHEN random() < 0.85 THEN i.max_points ELSE 0 END, false, false
FROM evaluation e CROSS JOIN bench_item i
WHERE e.contact_id LIKE 'bench-c-%';

INSERT INTO survey (survey_id, contact_id, agent_id, team_id, satisfaction, resolved, praise, comment, received_at,
                    answered_at)
SELECT 'bench-s-' || g, 'bench-c-' || (g % 50000), 'bench-a-' || (g % 1000), 'bench-t-' || (g % 1000 / 10),
       1 + g % 5, g % 4 <> 0, g % 5 = 4, NULL, now(), timestamptz '2026-01-01 00:00+08' + g * interval '13 seconds'
FROM generate_series(1, 200000) g;
ANALYZE evaluation;
ANALYZE evaluation_item;
ANALYZE survey;

\o /dev/null
\timing on
\echo
\echo '== center, January 2026, by week (the four statements) =='
\i bench/report-center.sql
\echo
\echo '== one team (10 agents), January 2026, by week =='
\i bench/report-team.sql
\echo
\echo '== one agent, January 2026, by month =='
\i bench/report-agent.sql
\timing off
\o
ROLLBACK;
