#!/usr/bin/env bash
# Renders the webhook chart with its default values and fails when the result differs from
# webhook/manifests/ (see scripts/compare-webhook-manifests.mjs for what may differ).
# helm: $HELM, else .tools/bin/helm (scripts/install-helm.sh), else helm on PATH.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
release=tollgate
namespace=tollgate-system
chart="$root/webhook/chart/tollgate"

helm="${HELM:-}"
if [[ -z "$helm" ]]; then
  if [[ -x "$root/.tools/bin/helm" ]]; then helm="$root/.tools/bin/helm"
  elif command -v helm >/dev/null; then helm="$(command -v helm)"
  else
    echo "check-webhook-sync: helm not found; run scripts/install-helm.sh or set HELM" >&2
    exit 2
  fi
fi

rendered="$(mktemp)"
trap 'rm -f "$rendered"' EXIT
"$helm" lint --strict --quiet "$chart" --namespace "$namespace" >/dev/null
"$helm" template "$release" "$chart" --namespace "$namespace" >"$rendered"
node "$root/scripts/compare-webhook-manifests.mjs" --namespace "$namespace" "$rendered" "$root/webhook/manifests"
