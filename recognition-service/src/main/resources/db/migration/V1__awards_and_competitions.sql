-- Award history. A period is closed once (its primary key); awards are granted in the same
-- transaction as the close row and their events (outbox), so a second close grants nothing.
CREATE TABLE period_close (
    period          TEXT        PRIMARY KEY,            -- 2026-04 or 2026-Q2
    kind            TEXT        NOT NULL CHECK (kind IN ('MONTH', 'QUARTER')),
    starts_at       TIMESTAMPTZ NOT NULL,
    ends_at         TIMESTAMPTZ NOT NULL,
    closed_at       TIMESTAMPTZ NOT NULL,
    closed_by       TEXT        NOT NULL,               -- 'scheduler' or the user who closed it
    agents_on_board INTEGER     NOT NULL CHECK (agents_on_board >= 0),
    CHECK (ends_at > starts_at)
);

CREATE TABLE award (
    award_id         UUID             PRIMARY KEY,
    period           TEXT             NOT NULL REFERENCES period_close (period),
    type             TEXT             NOT NULL,         -- AwardType; text so a later value needs no migration
    recipient        TEXT             NOT NULL,         -- the agent id, or the team id of a team award
    agent_id         TEXT,
    team_id          TEXT,
    place            INTEGER          NOT NULL CHECK (place >= 1),
    points           BIGINT           NOT NULL CHECK (points >= 0),
    agents           INTEGER          CHECK (agents >= 1),
    praise_per_agent DOUBLE PRECISION CHECK (praise_per_agent >= 0),
    granted_at       TIMESTAMPTZ      NOT NULL,
    CHECK (agent_id IS NOT NULL OR team_id IS NOT NULL),
    -- Belt and braces for "nothing twice": one award of a kind per recipient and per place.
    UNIQUE (period, type, recipient),
    UNIQUE (period, type, place)
);
CREATE INDEX award_agent ON award (agent_id, granted_at DESC) WHERE agent_id IS NOT NULL;
CREATE INDEX award_team ON award (team_id, granted_at DESC) WHERE team_id IS NOT NULL;

-- Competitions ("Gold Medal Agent", "Complaint Challenge"): rounds scored by judges or QA evaluations,
-- results published after each round, in order.
CREATE TABLE competition (
    competition_id TEXT        PRIMARY KEY,
    name           TEXT        NOT NULL,
    description    TEXT,
    created_by     TEXT        NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL
);

CREATE TABLE competition_round (
    id             BIGSERIAL   PRIMARY KEY,
    competition_id TEXT        NOT NULL REFERENCES competition (competition_id),
    round_no       INTEGER     NOT NULL CHECK (round_no >= 1),
    name           TEXT        NOT NULL,
    published_at   TIMESTAMPTZ,                         -- null while the round is open for scores
    published_by   TEXT,
    UNIQUE (competition_id, round_no),
    CHECK ((published_at IS NULL) = (published_by IS NULL))
);

-- One score per agent and scorer (a judge, or a QA evaluation) in a round; a rescore replaces it.
CREATE TABLE round_score (
    id          BIGSERIAL        PRIMARY KEY,
    round_id    BIGINT           NOT NULL REFERENCES competition_round (id),
    agent_id    TEXT             NOT NULL,
    team_id     TEXT,
    scored_by   TEXT             NOT NULL,
    source      TEXT             NOT NULL,
    score       DOUBLE PRECISION NOT NULL CHECK (score >= 0 AND score <= 100),
    recorded_at TIMESTAMPTZ      NOT NULL,
    UNIQUE (round_id, agent_id, scored_by)
);

-- Published results: written once, when the round is published.
CREATE TABLE round_result (
    id       BIGSERIAL        PRIMARY KEY,
    round_id BIGINT           NOT NULL REFERENCES competition_round (id),
    agent_id TEXT             NOT NULL,
    team_id  TEXT,
    place    INTEGER          NOT NULL CHECK (place >= 1),
    score    DOUBLE PRECISION NOT NULL,
    scores   INTEGER          NOT NULL CHECK (scores >= 1),
    UNIQUE (round_id, agent_id)
);
