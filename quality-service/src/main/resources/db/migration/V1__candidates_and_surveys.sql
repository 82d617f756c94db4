-- QA sampling: every ended contact is a candidate; the selected ones go to the QA group's listening queue.
CREATE TABLE qa_candidate (
    contact_id       TEXT             PRIMARY KEY,
    agent_id         TEXT             NOT NULL,
    team_id          TEXT             NOT NULL,
    queue_id         TEXT             NOT NULL,
    -- Text, not enums: consumers treat enum values added later to the catalog as "other".
    intent           TEXT             NOT NULL,
    disposition      TEXT             NOT NULL,
    talk_seconds     DOUBLE PRECISION NOT NULL CHECK (talk_seconds >= 0),
    ended_at         TIMESTAMPTZ      NOT NULL,
    selected         BOOLEAN          NOT NULL,
    selection_reason TEXT,
    recorded_at      TIMESTAMPTZ      NOT NULL,
    CONSTRAINT qa_candidate_reason_iff_selected CHECK (selected = (selection_reason IS NOT NULL))
);
CREATE INDEX qa_candidate_agent ON qa_candidate (agent_id, ended_at DESC);
CREATE INDEX qa_candidate_selected ON qa_candidate (ended_at DESC) WHERE selected;

-- Post-contact satisfaction surveys from the IVR / SMS; survey_id makes a resent survey a no-op.
CREATE TABLE survey (
    survey_id    TEXT        PRIMARY KEY,
    contact_id   TEXT        NOT NULL,
    agent_id     TEXT        NOT NULL,
    team_id      TEXT,
    satisfaction SMALLINT    NOT NULL CHECK (satisfaction BETWEEN 1 AND 5),
    resolved     BOOLEAN     NOT NULL,
    praise       BOOLEAN     NOT NULL,
    comment      TEXT,
    received_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX survey_agent ON survey (agent_id, received_at DESC);
