-- The full lifecycle: customer company, SLA clocks (first response, resolution, pause, warnings,
-- escalation levels), resolution and the customer's confirmation, notes, customer contacts, teams.

ALTER TABLE ticket
    ADD COLUMN customer_company         TEXT,
    -- When the customer raised the issue: both SLA clocks run from here (the end of the call, the email's arrival).
    ADD COLUMN raised_at                TIMESTAMPTZ,
    ADD COLUMN first_response_due_at    TIMESTAMPTZ,
    ADD COLUMN first_response_warn_at   TIMESTAMPTZ,
    ADD COLUMN first_responded_at       TIMESTAMPTZ,
    ADD COLUMN first_response_warned    BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN warn_at                  TIMESTAMPTZ,
    ADD COLUMN resolution_warned        BOOLEAN     NOT NULL DEFAULT FALSE,
    -- Clock stopped (waiting on the customer, resolved, closed) since; paused open time so far, in ms.
    ADD COLUMN sla_paused_at            TIMESTAMPTZ,
    ADD COLUMN sla_paused_ms            BIGINT      NOT NULL DEFAULT 0,
    ADD COLUMN escalation_level         INTEGER     NOT NULL DEFAULT 0,
    ADD COLUMN escalated_at             TIMESTAMPTZ,
    -- The next instant the escalation scheduler has something to do for this ticket; null: nothing.
    ADD COLUMN next_sla_check_at        TIMESTAMPTZ,
    ADD COLUMN resolution               TEXT,
    ADD COLUMN resolved_at              TIMESTAMPTZ,
    ADD COLUMN resolved_by              TEXT,
    ADD COLUMN first_contact_resolution BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN satisfied                BOOLEAN,
    ADD COLUMN confirmed_via            TEXT,
    ADD COLUMN closed_at                TIMESTAMPTZ,
    ADD COLUMN reopen_count             INTEGER     NOT NULL DEFAULT 0;

-- Tickets of the first slice: the clock ran from creation, first response unknown.
UPDATE ticket SET raised_at = created_at, warn_at = due_at, next_sla_check_at = due_at WHERE raised_at IS NULL;
ALTER TABLE ticket ALTER COLUMN raised_at SET NOT NULL, ALTER COLUMN warn_at SET NOT NULL;

CREATE INDEX ticket_sla_check ON ticket (next_sla_check_at) WHERE next_sla_check_at IS NOT NULL;
CREATE INDEX ticket_team_status ON ticket (owning_team, status);
CREATE INDEX ticket_assignee_status ON ticket (assignee, status);
CREATE INDEX ticket_customer ON ticket (customer_id);
CREATE INDEX ticket_resolved_at ON ticket (resolved_at) WHERE resolved_at IS NOT NULL;

-- History lines say what kind of change, and the value before and after.
ALTER TABLE ticket_history
    ADD COLUMN action     TEXT,
    ADD COLUMN from_value TEXT,
    ADD COLUMN to_value   TEXT;
UPDATE ticket_history SET action = 'CREATED' WHERE action IS NULL;
ALTER TABLE ticket_history ALTER COLUMN action SET NOT NULL;

-- Free-text notes by the people working the ticket.
CREATE TABLE ticket_note (
    id        BIGSERIAL   PRIMARY KEY,
    ticket_id UUID        NOT NULL REFERENCES ticket (id),
    at        TIMESTAMPTZ NOT NULL,
    author    TEXT        NOT NULL,
    text      TEXT        NOT NULL
);
CREATE INDEX ticket_note_ticket ON ticket_note (ticket_id, at);

-- Each time the center and the customer spoke or wrote about the ticket.
CREATE TABLE customer_contact (
    id          BIGSERIAL   PRIMARY KEY,
    ticket_id   UUID        NOT NULL REFERENCES ticket (id),
    at          TIMESTAMPTZ NOT NULL,
    recorded_by TEXT        NOT NULL,
    direction   TEXT        NOT NULL,
    channel     TEXT        NOT NULL,
    summary     TEXT        NOT NULL,
    contact_id  TEXT
);
CREATE INDEX customer_contact_ticket ON customer_contact (ticket_id, at);

-- Teams that own tickets: the supervisor receives escalations, members receive assignments.
CREATE TABLE team (
    id         TEXT        PRIMARY KEY,
    supervisor TEXT        NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE TABLE team_member (
    id       BIGSERIAL PRIMARY KEY,
    team_id  TEXT      NOT NULL REFERENCES team (id),
    agent_id TEXT      NOT NULL,
    CONSTRAINT team_member_once UNIQUE (team_id, agent_id)
);
