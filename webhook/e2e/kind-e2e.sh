#!/usr/bin/env bash
# End-to-end test of the tollgate webhook in a throwaway kind cluster: builds the image,
# installs cert-manager and the chart the way the README ("Run it in your cluster") tells users to (warn mode
# first, then enforce), and checks what `kubectl apply --dry-run=server` answers.
#
# Needs a Docker engine plus kind, kubectl and helm on PATH, and network access to pull the
# kind node image and cert-manager. It cannot run on tollgate's development machines (they
# have a docker client but no engine); .github/workflows/webhook-e2e.yml runs it on GitHub.
#
#   bash webhook/e2e/kind-e2e.sh            # KEEP_CLUSTER=1 keeps the cluster for debugging
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
cluster="${KIND_CLUSTER_NAME:-tollgate-e2e}"
image="${TOLLGATE_IMAGE:-tollgate:e2e}"
cert_manager_version="${CERT_MANAGER_VERSION:-v1.19.1}"
release=tollgate
namespace=tollgate-system
test_ns=tollgate-e2e
webhook_name=validate.tollgate.dev
chart="$root/webhook/chart/tollgate"
workdir="$(mktemp -d)"
created_cluster=0

step() { printf '\n==> %s\n' "$*"; }

diagnostics() {
  echo "--- diagnostics" >&2
  kubectl -n "$namespace" get deploy,pods,endpoints,certificates,secrets -o wide >&2 || true
  kubectl -n "$namespace" logs -l app.kubernetes.io/name=tollgate --tail=50 --prefix >&2 || true
  kubectl get validatingwebhookconfiguration "$release" -o yaml >&2 || true
}

fail() {
  echo "FAIL: $*" >&2
  diagnostics
  exit 1
}

cleanup() {
  rm -rf "$workdir"
  if [[ "$created_cluster" == 1 && "${KEEP_CLUSTER:-0}" != 1 ]]; then
    kind delete cluster --name "$cluster" >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT

for tool in docker kind kubectl helm; do
  command -v "$tool" >/dev/null || { echo "kind-e2e: $tool is required on PATH" >&2; exit 2; }
done
docker info >/dev/null 2>&1 || {
  echo "kind-e2e: no Docker engine answers here; this test only runs where Docker runs (see "Run it in your cluster" in the README)" >&2
  exit 2
}

# The objects under test live only in this script (not in .yaml files under webhook/), so
# `tollgate check webhook/` sees the deliberate violation nowhere.
violating_deployment() { # $1 namespace
  cat <<YAML
apiVersion: apps/v1
kind: Deployment
metadata:
  name: no-limits
  namespace: $1
spec:
  replicas: 1
  selector:
    matchLabels: { app: no-limits }
  template:
    metadata:
      labels: { app: no-limits }
    spec:
      containers:
        - name: web
          image: registry.k8s.io/pause:3.10
YAML
}

compliant_deployment() { # $1 namespace
  cat <<YAML
apiVersion: apps/v1
kind: Deployment
metadata:
  name: tidy
  namespace: $1
spec:
  replicas: 2
  selector:
    matchLabels: { app: tidy }
  template:
    metadata:
      labels: { app: tidy }
    spec:
      automountServiceAccountToken: false
      securityContext:
        runAsNonRoot: true
        runAsUser: 65535
        seccompProfile: { type: RuntimeDefault }
      containers:
        - name: web
          image: registry.k8s.io/pause:3.10
          ports:
            - { name: http, containerPort: 8080 }
          readinessProbe:
            tcpSocket: { port: http }
          resources:
            requests: { cpu: 50m, memory: 32Mi }
            limits: { cpu: 100m, memory: 64Mi }
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            capabilities: { drop: [ALL] }
YAML
}

# Runs a server-side dry-run apply; sets $out (stdout+stderr) and returns kubectl's status.
dry_run() { # $1 manifest generator, $2 namespace
  local status=0
  out="$("$1" "$2" | kubectl apply --dry-run=server -f - 2>&1)" || status=$?
  return "$status"
}

# Retries while pods of the previous mode may still answer (endpoint removal is asynchronous).
eventually() { # $1 description, $2... command
  local what="$1"; shift
  for _ in $(seq 30); do
    if "$@"; then return 0; fi
    sleep 2
  done
  fail "$what (last output: ${out:-none})"
}

step "build the image $image"
docker build -f "$root/webhook/Dockerfile" -t "$image" "$root"

step "kind cluster $cluster"
if ! kind get clusters 2>/dev/null | grep -qx "$cluster"; then
  kind create cluster --name "$cluster" --wait 120s
  created_cluster=1
fi
kubectl config use-context "kind-$cluster" >/dev/null
kind load docker-image "$image" --name "$cluster"

step "cert-manager $cert_manager_version"
kubectl apply -f "https://github.com/cert-manager/cert-manager/releases/download/$cert_manager_version/cert-manager.yaml" >/dev/null
kubectl -n cert-manager wait --for=condition=Available deployment --all --timeout=180s
# Available is not enough: cert-manager's own webhook must have its CA injected first.
cat >"$workdir/probe-issuer.yaml" <<YAML
apiVersion: cert-manager.io/v1
kind: Issuer
metadata: { name: probe, namespace: default }
spec: { selfSigned: {} }
YAML
cm_ready() { out="$(kubectl apply --dry-run=server -f "$workdir/probe-issuer.yaml" 2>&1)"; }
eventually "cert-manager's webhook never answered" cm_ready

step "install tollgate in warn mode (the README's first rollout step)"
helm install "$release" "$chart" --namespace "$namespace" --create-namespace \
  --set image.repository="${image%:*}" --set image.tag="${image##*:}" --set image.pullPolicy=Never \
  --set mode=warn --wait --timeout 180s
ca_injected() { out="$(kubectl get validatingwebhookconfiguration "$release" -o jsonpath='{.webhooks[0].clientConfig.caBundle}')"; [[ -n "$out" ]]; }
eventually "cert-manager did not inject the caBundle into the webhook configuration" ca_injected
kubectl create namespace "$test_ns" --dry-run=client -o yaml | kubectl apply -f - >/dev/null

step "warn mode: a violating Deployment is admitted with a warning"
warned() { dry_run violating_deployment "$test_ns" && grep -q '^Warning: ' <<<"$out" && grep -qi 'memory' <<<"$out"; }
eventually "warn mode did not admit the violating Deployment with a memory warning" warned
echo "$out"

step "switch to enforce mode"
helm upgrade "$release" "$chart" --namespace "$namespace" --reuse-values --set mode=enforce --wait --timeout 180s

step "enforce mode: the violating Deployment is denied with tollgate's message"
denied() {
  ! dry_run violating_deployment "$test_ns" &&
    grep -qF "admission webhook \"$webhook_name\" denied the request" <<<"$out" && grep -qi 'memory' <<<"$out"
}
eventually "enforce mode did not deny the violating Deployment" denied
echo "$out"

step "enforce mode: a compliant Deployment is admitted without warnings"
dry_run compliant_deployment "$test_ns" || fail "the compliant Deployment was rejected: $out"
! grep -q '^Warning: ' <<<"$out" || fail "the compliant Deployment drew warnings: $out"
echo "$out"

step "kube-system and the webhook's own namespace are never sent to the webhook"
for ns in kube-system "$namespace"; do
  dry_run violating_deployment "$ns" || fail "a violating Deployment in $ns was rejected: $out"
  ! grep -q "$webhook_name" <<<"$out" || fail "the webhook was called for namespace $ns: $out"
done

step "metrics answer on the metrics port (plain HTTP), not on the admission port"
# port-forward reaches the pod through the kubelet, as a scraper in the monitoring namespace would
# reach it through the NetworkPolicy.
kubectl -n "$namespace" port-forward "deployment/$release" 19090:9090 >/dev/null 2>&1 &
port_forward=$!
scraped() { metrics="$(curl -fsS http://127.0.0.1:19090/metrics)" && grep -q '^tollgate_admission_in_flight ' <<<"$metrics"; }
eventually "GET /metrics on the metrics port did not answer in Prometheus text format" scraped
kill "$port_forward"
grep -q '^tollgate_certificate_expiry_timestamp_seconds ' <<<"$metrics" || fail "no certificate expiry metric"
! kubectl get --raw "/api/v1/namespaces/$namespace/services/https:$release:443/proxy/metrics" >/dev/null 2>&1 \
  || fail "/metrics still answers on the admission port"

step "failurePolicy Fail: with no webhook pod, matching writes are refused"
kubectl -n "$namespace" scale deployment "$release" --replicas=0 >/dev/null
kubectl -n "$namespace" wait --for=delete pod -l app.kubernetes.io/name=tollgate --timeout=120s
refused() { ! dry_run compliant_deployment "$test_ns" && grep -qF "failed calling webhook \"$webhook_name\"" <<<"$out"; }
eventually "with the webhook down, the API server did not fail closed" refused
echo "$out"

step "escape hatch: deleting the webhook configuration admits everything again"
kubectl delete validatingwebhookconfiguration "$release"
dry_run violating_deployment "$test_ns" || fail "still rejected after deleting the webhook configuration: $out"

printf '\nkind-e2e: all checks passed\n'
