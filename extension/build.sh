#!/usr/bin/env bash
# Assembles a loadable add-on folder: build.sh CLIENT OUT
#   CLIENT: chrome | thunderbird;  OUT: the folder to (re)create.
# Layout of OUT: the client's own files at the top, extension/shared/ under
# shared/, its _locales/ at the top (browsers look for them there), and the
# WASM core from pkg/web/ under wasm/.
set -euo pipefail
client=${1:?usage: build.sh chrome|thunderbird OUT}
out=${2:?usage: build.sh chrome|thunderbird OUT}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
[ -d "$here/$client" ] || { echo "build.sh: no client '$client' in $here" >&2; exit 2; }
[ -f "$root/pkg/web/presend_bg.wasm" ] || { echo "build.sh: pkg/web is missing; run 'make wasm' first" >&2; exit 2; }
rm -rf "$out"
mkdir -p "$out/shared" "$out/wasm"
cp -R "$here/$client/." "$out/"
cp -R "$here/shared/." "$out/shared/"
if [ -d "$out/shared/_locales" ]; then
  mv "$out/shared/_locales" "$out/_locales"
fi
cp "$root/pkg/web/presend.js" "$root/pkg/web/presend_bg.wasm" "$out/wasm/"
# Test-only files never ship.
find "$out" -name '*.test.*' -delete
echo "assembled $client add-on in $out"
