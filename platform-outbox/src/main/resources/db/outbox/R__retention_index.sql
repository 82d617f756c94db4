-- The retention job finds old processed-event ids by age. Repeatable (runs after every service's versioned
-- migrations, whatever their numbers), so an existing database gets it without an out-of-order version.
CREATE INDEX IF NOT EXISTS processed_event_processed_at ON processed_event (processed_at);
