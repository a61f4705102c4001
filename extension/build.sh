#!/usr/bin/env bash
# Assembles a loadable add-on folder: build.sh CLIENT OUT
#   CLIENT: chrome | thunderbird;  OUT: the folder to (re)create.
# Layout of OUT: the client's own files at the top, extension/shared/ under
# shared/, its _locales/ at the top (browsers look for them there), the
# WASM core from pkg/web/ under wasm/, and the site of build/www (`make www`:
# the rule reference the dialog's "More about this check" opens, and the
# playground) under site/, which loads the same WASM core from wasm/.
set -euo pipefail
client=${1:?usage: build.sh chrome|thunderbird OUT}
out=${2:?usage: build.sh chrome|thunderbird OUT}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
[ -d "$here/$client" ] || { echo "build.sh: no client '$client' in $here" >&2; exit 2; }
[ -f "$root/pkg/web/presend_bg.wasm" ] || { echo "build.sh: pkg/web is missing; run 'make wasm' first" >&2; exit 2; }
[ -f "$root/build/www/rules.html" ] || { echo "build.sh: build/www is missing; run 'make www' first" >&2; exit 2; }
rm -rf "$out"
mkdir -p "$out/shared" "$out/wasm"
cp -R "$here/$client/." "$out/"
cp -R "$here/shared/." "$out/shared/"
if [ -d "$out/shared/_locales" ]; then
  mv "$out/shared/_locales" "$out/_locales"
fi
cp "$root/pkg/web/presend.js" "$root/pkg/web/presend_bg.wasm" "$out/wasm/"
# The licences of word lists compiled into the core (MIT asks for them).
cp "$root/THIRD-PARTY-NOTICES.md" "$out/"
# The site, offline in the add-on: its pkg/presend.js stands for the add-on's
# own wasm/presend.js (which finds presend_bg.wasm beside itself).
cp -R "$root/build/www" "$out/site"
rm -rf "$out/site/pkg"
mkdir -p "$out/site/pkg"
printf '%s\n' '// The add-on'"'"'s own WASM core (see build.sh).' \
  'export * from "../../wasm/presend.js";' 'export { default } from "../../wasm/presend.js";' \
  >"$out/site/pkg/presend.js"
# Test-only files never ship.
find "$out" -name '*.test.*' -delete
echo "assembled $client add-on in $out"
