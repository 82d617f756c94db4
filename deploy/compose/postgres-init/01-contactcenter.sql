-- Runs once, when the postgres container starts on an empty data volume.
-- The role and databases of deploy/local/cc: one role, one database per PostgreSQL service.
-- DEV-ONLY password: the compose stack is for a developer's machine.
CREATE ROLE contactcenter LOGIN PASSWORD 'contactcenter';
CREATE DATABASE ticket OWNER contactcenter;
CREATE DATABASE quality OWNER contactcenter;
CREATE DATABASE recognition OWNER contactcenter;
