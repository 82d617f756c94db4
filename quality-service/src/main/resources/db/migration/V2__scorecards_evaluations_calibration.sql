-- Scorecards: one head row per scorecard (its latest version, locked while a version is added) and
-- immutable versions. sections is the JSON list of sections and items (SectionDefinition).
CREATE TABLE scorecard (
    scorecard_id   TEXT PRIMARY KEY,
    latest_version INT  NOT NULL CHECK (latest_version >= 0)
);
CREATE TABLE scorecard_version (
    scorecard_id TEXT             NOT NULL REFERENCES scorecard (scorecard_id),
    version      INT              NOT NULL CHECK (version >= 1),
    name         TEXT             NOT NULL,
    pass_mark    DOUBLE PRECISION NOT NULL CHECK (pass_mark BETWEEN 0 AND 100),
    sections     TEXT             NOT NULL,
    created_by   TEXT             NOT NULL,
    created_at   TIMESTAMPTZ      NOT NULL,
    PRIMARY KEY (scorecard_id, version)
);

-- The default scorecard (DOMAIN.md, quality): the dimensions the QA group reports, 100 points, pass mark 80.
-- Critical items: forbidden phrases and wrong information fail the evaluation whatever else was earned.
INSERT INTO scorecard (scorecard_id, latest_version) VALUES ('default', 1);
INSERT INTO scorecard_version (scorecard_id, version, name, pass_mark, sections, created_by, created_at)
VALUES ('default', 1, 'Call listening standard (监听标准)', 80, $json$[
  {"key": "service-skill", "name": "Service skill (服务技能)", "items": [
    {"key": "listening", "text": "Listens fully and asks the questions that find the real need", "answerType": "SCALE", "maxPoints": 10, "scaleMax": 5, "critical": false, "notApplicableAllowed": false},
    {"key": "explanation", "text": "Explains clearly, without jargon, and checks the customer understood", "answerType": "SCALE", "maxPoints": 10, "scaleMax": 5, "critical": false, "notApplicableAllowed": false},
    {"key": "hold-transfer", "text": "Asks before a hold or transfer and thanks the customer for waiting", "answerType": "YES_NO", "maxPoints": 5, "scaleMax": null, "critical": false, "notApplicableAllowed": true}
  ]},
  {"key": "empathy", "name": "Empathy (同理心)", "items": [
    {"key": "acknowledges-feelings", "text": "Acknowledges the customer's feelings and situation", "answerType": "SCALE", "maxPoints": 10, "scaleMax": 5, "critical": false, "notApplicableAllowed": false},
    {"key": "patience", "text": "Patient tone; does not interrupt or argue", "answerType": "SCALE", "maxPoints": 10, "scaleMax": 5, "critical": false, "notApplicableAllowed": false}
  ]},
  {"key": "service-initiative", "name": "Service initiative (服务主动性)", "items": [
    {"key": "proactive-help", "text": "Offers related help or information without being asked", "answerType": "YES_NO", "maxPoints": 8, "scaleMax": null, "critical": false, "notApplicableAllowed": false},
    {"key": "follow-up", "text": "Commits to a follow-up with a time when the matter stays open", "answerType": "YES_NO", "maxPoints": 7, "scaleMax": null, "critical": false, "notApplicableAllowed": true}
  ]},
  {"key": "courtesy", "name": "Courtesy and standard phrases (服务用语规范)", "items": [
    {"key": "greeting", "text": "Standard greeting: greets, gives name or number, offers help", "answerType": "YES_NO", "maxPoints": 5, "scaleMax": null, "critical": false, "notApplicableAllowed": false},
    {"key": "closing", "text": "Standard closing: asks if there is anything else, thanks, lets the customer hang up first", "answerType": "YES_NO", "maxPoints": 5, "scaleMax": null, "critical": false, "notApplicableAllowed": false},
    {"key": "no-forbidden-phrases", "text": "No forbidden phrases (服务禁语), no blaming or impatience", "answerType": "YES_NO", "maxPoints": 5, "scaleMax": null, "critical": true, "notApplicableAllowed": false}
  ]},
  {"key": "business-accuracy", "name": "Business accuracy (业务准确性)", "items": [
    {"key": "correct-information", "text": "Information and answers are correct and complete", "answerType": "YES_NO", "maxPoints": 15, "scaleMax": null, "critical": true, "notApplicableAllowed": false},
    {"key": "correct-procedure", "text": "Follows the business procedure and records the contact or ticket correctly", "answerType": "YES_NO", "maxPoints": 10, "scaleMax": null, "critical": false, "notApplicableAllowed": true}
  ]}
]$json$, 'migration', '2026-11-24T00:00:00Z');

-- Agents' hire dates (no event carries them) and the QA group's evaluators.
CREATE TABLE qa_agent (
    agent_id   TEXT        PRIMARY KEY,
    hire_date  DATE        NOT NULL,
    team_id    TEXT,
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE TABLE qa_evaluator (
    evaluator_id TEXT        PRIMARY KEY,
    name         TEXT,
    active       BOOLEAN     NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL
);

-- Evaluations: a task when a call is picked (at most one per call), scored by its evaluator, then
-- acknowledged, or disputed and reviewed. result is the JSON of section and item scores as the API shows them.
CREATE TABLE evaluation (
    evaluation_id     UUID             PRIMARY KEY,
    contact_id        TEXT             NOT NULL UNIQUE REFERENCES qa_candidate (contact_id),
    agent_id          TEXT             NOT NULL,
    team_id           TEXT             NOT NULL,
    call_ended_at     TIMESTAMPTZ      NOT NULL,
    selection_reason  TEXT             NOT NULL,
    status            TEXT             NOT NULL
        CHECK (status IN ('OPEN', 'COMPLETED', 'ACKNOWLEDGED', 'DISPUTED', 'REVIEWED')),
    evaluator_id      TEXT,
    assigned_at       TIMESTAMPTZ,
    created_at        TIMESTAMPTZ      NOT NULL,
    scorecard_id      TEXT,
    scorecard_version INT,
    score             DOUBLE PRECISION,
    raw_score         DOUBLE PRECISION,
    pass_mark         DOUBLE PRECISION,
    passed            BOOLEAN,
    critical_failed   BOOLEAN,
    result            TEXT,
    comment           TEXT,
    completed_at      TIMESTAMPTZ,
    responded_at      TIMESTAMPTZ,
    dispute_reason    TEXT,
    reviewer_id       TEXT,
    review_outcome    TEXT CHECK (review_outcome IN ('UPHELD', 'AMENDED')),
    review_comment    TEXT,
    reviewed_at       TIMESTAMPTZ,
    original_score    DOUBLE PRECISION,
    original_result   TEXT,
    version           INT              NOT NULL DEFAULT 0,
    FOREIGN KEY (scorecard_id, scorecard_version) REFERENCES scorecard_version (scorecard_id, version),
    -- Scored means every score column is there, and the scorecard version it was scored with.
    CONSTRAINT evaluation_scored_iff_not_open CHECK ((status = 'OPEN') = (score IS NULL)
        AND (status = 'OPEN') = (scorecard_version IS NULL) AND (status = 'OPEN') = (result IS NULL))
);
CREATE INDEX evaluation_open_by_evaluator ON evaluation (evaluator_id) WHERE status = 'OPEN';
CREATE INDEX evaluation_disputes_by_reviewer ON evaluation (reviewer_id) WHERE status = 'DISPUTED';
CREATE INDEX evaluation_agent_time ON evaluation (agent_id, call_ended_at);
CREATE INDEX evaluation_team_time ON evaluation (team_id, call_ended_at);
CREATE INDEX evaluation_time ON evaluation (call_ended_at) WHERE status <> 'OPEN';

-- One row per item of a scored evaluation, replaced when a review amends the answers: what reports
-- aggregate (score rate per dimension and per item). NA items are kept with applicable = false.
CREATE TABLE evaluation_item (
    evaluation_id UUID             NOT NULL REFERENCES evaluation (evaluation_id),
    item          TEXT             NOT NULL,
    section       TEXT             NOT NULL,
    section_name  TEXT             NOT NULL,
    label         TEXT             NOT NULL,
    answer        TEXT             NOT NULL,
    applicable    BOOLEAN          NOT NULL,
    max_points    DOUBLE PRECISION NOT NULL,
    earned        DOUBLE PRECISION NOT NULL,
    critical      BOOLEAN          NOT NULL,
    failed        BOOLEAN          NOT NULL,
    PRIMARY KEY (evaluation_id, item)
);

-- Calls the first slice selected become open, unassigned tasks: POST /qa/evaluations/assign hands them out.
INSERT INTO evaluation (evaluation_id, contact_id, agent_id, team_id, call_ended_at, selection_reason, status,
                        created_at)
SELECT gen_random_uuid(), contact_id, agent_id, team_id, ended_at, selection_reason, 'OPEN', now()
FROM qa_candidate WHERE selected;

-- Calibration sessions and the scores given in them (one per evaluator).
CREATE TABLE calibration (
    calibration_id         UUID        PRIMARY KEY,
    contact_id             TEXT        NOT NULL REFERENCES qa_candidate (contact_id),
    scorecard_id           TEXT        NOT NULL,
    scorecard_version      INT         NOT NULL,
    reference_evaluator_id TEXT        NOT NULL,
    created_by             TEXT        NOT NULL,
    created_at             TIMESTAMPTZ NOT NULL,
    FOREIGN KEY (scorecard_id, scorecard_version) REFERENCES scorecard_version (scorecard_id, version)
);
CREATE TABLE calibration_score (
    calibration_id UUID             NOT NULL REFERENCES calibration (calibration_id),
    evaluator_id   TEXT             NOT NULL,
    score          DOUBLE PRECISION NOT NULL,
    result         TEXT             NOT NULL,
    submitted_at   TIMESTAMPTZ      NOT NULL,
    PRIMARY KEY (calibration_id, evaluator_id)
);

-- Sampling: quota counts per agent and week; a low survey is looked up by contact.
CREATE INDEX qa_candidate_routine ON qa_candidate (agent_id, ended_at) WHERE selection_reason IN ('QUOTA', 'NEW_AGENT');

-- Surveys: when the customer answered (reports count a survey in that period); existing rows: when received.
ALTER TABLE survey ADD COLUMN answered_at TIMESTAMPTZ;
UPDATE survey SET answered_at = received_at;
ALTER TABLE survey ALTER COLUMN answered_at SET NOT NULL;
CREATE INDEX survey_contact ON survey (contact_id);
CREATE INDEX survey_answered ON survey (answered_at);
CREATE INDEX survey_agent_answered ON survey (agent_id, answered_at);
CREATE INDEX survey_team_answered ON survey (team_id, answered_at);
