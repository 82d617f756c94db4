#!/usr/bin/env bash
# Leaderboard benchmark through the HTTP API as well as straight at Redis:
#
#   recognition-service/bench/bench-http.sh [LeaderboardBench options, e.g. --agents 50000]
#
# Starts a throw-away recognition-service (port 18084, Redis database 15, database
# recognition_test, consumer groups of its own reading only new records, automatic period
# close off: it touches none of the running platform's state), runs LeaderboardBench.java with
# --url against it, and stops it. Needs a packaged service (./mvnw -f recognition-service package
# -DskipTests), the local launcher's keys (deploy/local/cc infra) and Redis, PostgreSQL and Kafka.
set -euo pipefail
cd "$(dirname "$0")/../.."

JAR=recognition-service/target/quarkus-app/quarkus-run.jar
PORT="${CC_BENCH_PORT:-18084}"
DB="${CC_BENCH_DB:-15}"
[[ -f "$JAR" ]] || { echo "bench-http: $JAR missing; run ./mvnw -B -f recognition-service package -DskipTests" >&2; exit 1; }
[[ -f .local/keys/jwt-public.pem ]] || { echo "bench-http: no dev keys; run deploy/local/cc infra" >&2; exit 1; }

group="recognition-bench-$$"
log="$(mktemp /tmp/recognition-bench-XXXX.log)"
QUARKUS_HTTP_PORT="$PORT" \
    QUARKUS_REDIS_HOSTS="redis://127.0.0.1:6379/$DB" \
    QUARKUS_DATASOURCE_REACTIVE_URL=postgresql://127.0.0.1:5432/recognition_test \
    QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/recognition_test \
    MP_JWT_VERIFY_PUBLICKEY_LOCATION="$PWD/.local/keys/jwt-public.pem" \
    RECOGNITION_CLOSE_CHECK_EVERY=off \
    MP_MESSAGING_INCOMING_PRAISE_EVENTS_GROUP_ID="$group" \
    MP_MESSAGING_INCOMING_PRAISE_EVENTS_AUTO_OFFSET_RESET=latest \
    MP_MESSAGING_INCOMING_CALL_EVENTS_GROUP_ID="$group" \
    MP_MESSAGING_INCOMING_CALL_EVENTS_AUTO_OFFSET_RESET=latest \
    java -Xmx256m -jar "$JAR" >"$log" 2>&1 &
service=$!
trap 'kill "$service" 2>/dev/null; wait "$service" 2>/dev/null || true' EXIT

for _ in $(seq 1 60); do
    if [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/q/health/ready")" == 200 ]]; then
        break
    fi
    kill -0 "$service" 2>/dev/null || { echo "bench-http: the service exited; see $log" >&2; exit 1; }
    sleep 1
done
# The service counts new call-events into the benchmark's database: --fresh empties it first.
java recognition-service/bench/LeaderboardBench.java --db "$DB" --fresh --url "http://127.0.0.1:$PORT" \
    --token "$(deploy/local/cc token agent bench-agent)" "$@"
