#!/usr/bin/env bash
# deploy/k8s/ensure-kubectl.sh - makes `kubectl` (with its built-in kustomize) available, for
# deploy/k8s-test, which renders every overlay with `kubectl kustomize` (offline: no cluster).
# Idempotent; does nothing when a kubectl that can render deploy/k8s is on the PATH.
#
#   bash deploy/k8s/ensure-kubectl.sh
#
# Otherwise installs the apt package `kubectl` (the project's machine image ships it: client 1.32,
# kustomize v5.5), falling back to Debian's own `kubernetes-client`. deploy/k8s needs kustomize
# >= v4.1 (components, labels), i.e. kubectl >= 1.21; Debian 12's kubernetes-client is 1.20, so
# that fallback is reported as too old (exit code 1) rather than left to fail inside the test.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

renders() {
    command -v kubectl >/dev/null 2>&1 && kubectl kustomize "$here/overlays/dev" >/dev/null 2>&1
}
describe() {
    kubectl version --client 2>/dev/null | tr '\n' ' ' || true
}

if renders; then
    echo "ensure-kubectl: $(command -v kubectl): $(describe)"
    exit 0
fi

if ! command -v kubectl >/dev/null 2>&1; then
    sudo=()
    if [[ "$(id -u)" -ne 0 ]]; then
        command -v sudo >/dev/null 2>&1 || { echo "ensure-kubectl: kubectl missing; run as root or install it" >&2; exit 1; }
        sudo=(sudo)
    fi
    command -v apt-get >/dev/null 2>&1 || { echo "ensure-kubectl: kubectl missing and no apt-get here" >&2; exit 1; }
    echo "ensure-kubectl: installing kubectl with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq kubectl </dev/null ||
        "${sudo[@]}" apt-get install -y -qq kubernetes-client </dev/null || {
        echo "ensure-kubectl: neither apt package 'kubectl' nor 'kubernetes-client' could be installed" >&2
        exit 1
    }
fi

if renders; then
    echo "ensure-kubectl: $(command -v kubectl): $(describe)"
    exit 0
fi
echo "ensure-kubectl: $(command -v kubectl) ($(describe)) cannot render deploy/k8s/overlays/dev;" \
    "it needs kustomize >= v4.1 (kubectl >= 1.21). Output:" >&2
kubectl kustomize "$here/overlays/dev" 2>&1 | tail -n 5 >&2 || true
exit 1
