-- Shipped by platform-outbox; version 0.1 sorts before every service migration (V1...).
CREATE TABLE outbox_event (
    seq          BIGSERIAL PRIMARY KEY,
    event_id     UUID        NOT NULL UNIQUE,
    topic        TEXT        NOT NULL,
    type         TEXT        NOT NULL,
    source       TEXT        NOT NULL,
    entity_id    TEXT        NOT NULL,
    payload      TEXT        NOT NULL,
    occurred_at  TIMESTAMPTZ NOT NULL,
    published_at TIMESTAMPTZ
);
-- The relay only ever looks for what is still unpublished.
CREATE INDEX outbox_event_pending ON outbox_event (seq) WHERE published_at IS NULL;

CREATE TABLE processed_event (
    consumer     TEXT        NOT NULL,
    event_id     TEXT        NOT NULL,
    processed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
