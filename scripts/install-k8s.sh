#!/usr/bin/env bash
# Builds the Kubernetes binaries the e2e harness (npm run test:e2e) runs — kube-apiserver,
# kube-controller-manager, kubectl from k8s.io/kubernetes, and etcd from go.etcd.io/etcd/server/v3
# (test/e2e/k8s/etcd) — into .tools/k8s-<version>/, from Go modules only: no release download is
# reachable here, the Go module proxy is. Reused when present: a stamp records the go.sum hash the
# binaries were built from, so a changed pin rebuilds and an unchanged one is a no-op.
#
# The module graph is pinned by test/e2e/k8s/go.mod and go.sum (committed). k8s.io/kubernetes is
# not meant to be used as a module: its go.mod replaces every k8s.io/<staging> module with
# ./staging/src/k8s.io/<staging>, which a dependent cannot see. The known recipe (kubernetes
# issue 79384), run by `--regenerate`: read the staging list from that go.mod, replace each with
# the matching v0.<minor>.<patch> release, then require k8s.io/kubernetes.
set -euo pipefail

K8S_VERSION="${K8S_VERSION:-v1.37.2}"
STAGING_VERSION="v0.${K8S_VERSION#v1.}"

root="$(cd "$(dirname "$0")/.." && pwd)"
mod="$root/test/e2e/k8s"
out="${K8S_INSTALL_DIR:-$root/.tools/k8s-$K8S_VERSION}"
GO="$(command -v go || echo /usr/local/go/bin/go)"
[[ -x "$GO" ]] || { echo "install-k8s: a Go toolchain (1.26+) is required (go not on PATH nor at /usr/local/go/bin/go)" >&2; exit 2; }
export GOFLAGS=-mod=mod GOTOOLCHAIN=local CGO_ENABLED=0
binaries=(kube-apiserver kube-controller-manager kubectl etcd)

regenerate() {
  echo "install-k8s: regenerating $mod/go.mod for k8s.io/kubernetes $K8S_VERSION"
  cd "$mod"
  rm -f go.mod go.sum
  "$GO" mod init tollgate.e2e/k8s >/dev/null 2>&1
  "$GO" mod edit -go=1.26.0   # what k8s.io/kubernetes asks for, so any Go 1.26.x builds it
  local kgomod
  kgomod="$("$GO" mod download -json "k8s.io/kubernetes@$K8S_VERSION" | sed -n 's/^[[:space:]]*"GoMod": "\(.*\)",$/\1/p')"
  [[ -f "$kgomod" ]] || { echo "install-k8s: go mod download gave no go.mod for k8s.io/kubernetes@$K8S_VERSION" >&2; exit 1; }
  local staging
  staging="$(sed -n 's#^[[:space:]]*\(k8s\.io/[a-z0-9-]*\) => \./staging/src/k8s\.io/.*#\1#p' "$kgomod")"
  [[ -n "$staging" ]] || { echo "install-k8s: no staging replace lines in $kgomod" >&2; exit 1; }
  for m in $staging; do
    "$GO" mod edit "-replace=$m=$m@$STAGING_VERSION"
  done
  echo "install-k8s: replaced $(wc -w <<<"$staging") staging modules with $STAGING_VERSION"
  "$GO" get "k8s.io/kubernetes@$K8S_VERSION"
  "$GO" get -tool k8s.io/kubernetes/cmd/kube-apiserver k8s.io/kubernetes/cmd/kube-controller-manager k8s.io/kubernetes/cmd/kubectl
  "$GO" mod tidy
}

if [[ "${1:-}" == "--regenerate" ]] || ! grep -q "k8s.io/kubernetes $K8S_VERSION" "$mod/go.mod" 2>/dev/null; then
  regenerate
fi

stamp="$out/.built-from"
want="$K8S_VERSION $(cat "$mod/go.mod" "$mod/go.sum" "$mod"/etcd/*.go | sha256sum | cut -d' ' -f1)"
have_all=1
for b in "${binaries[@]}"; do [[ -x "$out/$b" ]] || have_all=0; done
if [[ $have_all == 1 && -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
  echo "install-k8s: Kubernetes $K8S_VERSION binaries already built in $out"
  exit 0
fi

cd "$mod"
t0=$SECONDS
"$GO" mod download
t1=$SECONDS
echo "install-k8s: module download took $((t1 - t0)) s"
# The same -X values Kubernetes' own build (hack/lib/version.sh) sets, so kubectl and the
# API server report v1.37.2 instead of v0.0.0-master.
minor="${K8S_VERSION#v1.}"; minor="${minor%%.*}"
ld="-s -w"
for p in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
  ld+=" -X $p.gitVersion=$K8S_VERSION -X $p.gitMajor=1 -X $p.gitMinor=$minor -X $p.gitTreeState=clean"
done
mkdir -p "$out"
"$GO" build -trimpath -ldflags="$ld" -o "$out/" \
  k8s.io/kubernetes/cmd/kube-apiserver k8s.io/kubernetes/cmd/kube-controller-manager \
  k8s.io/kubernetes/cmd/kubectl ./etcd
t2=$SECONDS
echo "install-k8s: build took $((t2 - t1)) s"
echo "$want" >"$stamp"
echo "install-k8s: built ${binaries[*]} ($K8S_VERSION) in $out"
