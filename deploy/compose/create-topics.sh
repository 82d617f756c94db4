#!/bin/bash
# One-shot topic creation for deploy/compose/compose.yaml (runs in the apache/kafka image).
# Creates the topics of deploy/topics.conf (mounted at /topics.conf) that do not exist yet, with
# their partitions, replication factor and retention.ms; the broker's auto-create is off.
# Existing topics are left as they are: `docker compose down -v` starts from scratch.
set -euo pipefail
bootstrap="${KAFKA_BOOTSTRAP:-kafka:9092}"
bin=/opt/kafka/bin

existing="$("$bin/kafka-topics.sh" --bootstrap-server "$bootstrap" --list)"
created=0
while read -r name partitions replication retention _; do
    [[ -z "$name" ]] && continue
    if grep -qx -- "$name" <<<"$existing"; then
        echo "topic $name exists"
        continue
    fi
    "$bin/kafka-topics.sh" --bootstrap-server "$bootstrap" --create --if-not-exists --topic "$name" \
        --partitions "$partitions" --replication-factor "$replication" --config "retention.ms=$retention"
    created=$((created + 1))
done < <(sed -e 's/#.*//' /topics.conf)
echo "topics: $created created"
