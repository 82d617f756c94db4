#!/usr/bin/env bash
# deploy/k8s/gen-kafka-topics.sh - writes the Strimzi KafkaTopic resources of deploy/topics.conf.
#
#   deploy/k8s/gen-kafka-topics.sh            rewrite components/strimzi-topics/kafka-topics.yaml
#   deploy/k8s/gen-kafka-topics.sh --check    exit 1 if that file is not what topics.conf gives
#
# deploy/topics.conf is the one list of topics (the local launcher creates the same topics from
# it). Run this after editing it; deploy/k8s-test fails while the two disagree. Partitions,
# retention.ms and the replication column are copied as they are (the replication column is the
# dev value: the prod overlay patches every topic to 3 replicas and min.insync.replicas 2).
# strimzi.io/cluster names the Kafka resource whose Topic Operator manages the topics
# (contact-center here; an overlay patches it for another cluster name).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
conf="$here/../topics.conf"
out="$here/components/strimzi-topics/kafka-topics.yaml"

render() {
    printf '# GENERATED from deploy/topics.conf by deploy/k8s/gen-kafka-topics.sh: edit topics.conf, then rerun.\n'
    local name partitions replication retention extra n=0
    while read -r name partitions replication retention extra; do
        [[ -z "$name" ]] && continue
        if [[ -z "$retention" || -n "$extra" ]] ||
            ! [[ "$partitions" =~ ^[1-9][0-9]*$ && "$replication" =~ ^[1-9][0-9]*$ && "$retention" =~ ^-?[0-9]+$ ]]; then
            echo "gen-kafka-topics: bad line in $conf: $name $partitions $replication $retention $extra" >&2
            return 1
        fi
        n=$((n + 1))
        cat <<YAML
---
apiVersion: kafka.strimzi.io/v1beta2
kind: KafkaTopic
metadata:
  name: $name
  labels:
    strimzi.io/cluster: contact-center
spec:
  topicName: $name
  partitions: $partitions
  replicas: $replication
  config:
    retention.ms: $retention
YAML
    done < <(sed -e 's/#.*//' "$conf")
    ((n > 0)) || { echo "gen-kafka-topics: no topics in $conf" >&2; return 1; }
}

tmp="$(mktemp)"
trap 'rm -f "$tmp"' EXIT
render >"$tmp"
if [[ "${1:-}" == "--check" ]]; then
    if cmp -s "$tmp" "$out"; then
        echo "gen-kafka-topics: $out is up to date"
    else
        echo "gen-kafka-topics: $out differs from deploy/topics.conf; run deploy/k8s/gen-kafka-topics.sh" >&2
        exit 1
    fi
else
    chmod 644 "$tmp"
    mv "$tmp" "$out"
    echo "gen-kafka-topics: wrote $out ($(grep -c '^kind: KafkaTopic' "$out") topics)"
fi
