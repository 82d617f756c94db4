-- Tickets: complaints, faults, requests, suggestions and follow-ups (DOMAIN.md, closed loop).
CREATE TABLE ticket (
    id                UUID        PRIMARY KEY,
    type              TEXT        NOT NULL,
    channel           TEXT        NOT NULL,
    severity          TEXT        NOT NULL,
    status            TEXT        NOT NULL,
    subject           TEXT        NOT NULL,
    description       TEXT,
    category          TEXT,
    customer_id       TEXT,
    customer_name     TEXT,
    customer_phone    TEXT,
    customer_email    TEXT,
    -- One ticket per call: the backstop behind the consumer's own check.
    source_contact_id TEXT        CONSTRAINT ticket_one_per_contact UNIQUE,
    recorded_by       TEXT        NOT NULL,
    owning_team       TEXT,
    assignee          TEXT,
    due_at            TIMESTAMPTZ NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL,
    version           BIGINT      NOT NULL
);
CREATE INDEX ticket_status_type ON ticket (status, type);
CREATE INDEX ticket_created_at ON ticket (created_at DESC);

-- Who did what to a ticket, oldest first; creation is the first entry.
CREATE TABLE ticket_history (
    id        BIGSERIAL   PRIMARY KEY,
    ticket_id UUID        NOT NULL REFERENCES ticket (id),
    at        TIMESTAMPTZ NOT NULL,
    actor     TEXT        NOT NULL,
    change    TEXT        NOT NULL
);
CREATE INDEX ticket_history_ticket ON ticket_history (ticket_id, at);
