#!/usr/bin/env bash
# Times the report queries on a month of a 1,000-agent center (see report-bench.sql); the data is rolled back.
# Needs the migrated schema: the quality_test database after a test run (default) or the quality database.
# Do not run it while this module's tests run (they clean quality_test at start).
set -euo pipefail
cd "$(dirname "$0")/.."
DB="${1:-quality_test}"
psql -h "${PGHOST:-127.0.0.1}" -U "${PGUSER:-contactcenter}" -d "$DB" -X -q -f bench/report-bench.sql 2>&1 \
  | grep -E '^(==|--|Time|seeding)' | sed 's/^--/  /'
