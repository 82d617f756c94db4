-- A survey's agent and team come from the call's call.ended, not from the survey. One that arrives
-- before its call is kept with what it says (agent possibly unknown) until the call is; call_known
-- tells which. Existing rows were taken as sent and their praise published: they count as known.
ALTER TABLE survey ALTER COLUMN agent_id DROP NOT NULL;
ALTER TABLE survey ADD COLUMN call_known BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE survey ALTER COLUMN call_known DROP DEFAULT;
CREATE INDEX survey_waiting_for_call ON survey (contact_id) WHERE NOT call_known;
