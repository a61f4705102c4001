#!/usr/bin/env bash
# End-to-end tests of the Chrome extension in Debian's Chromium, against a
# real Roundcube (plain and HTML editor) and a Gmail look-alike page under a
# strict CSP. Called by `make e2e-chromium` after `make extension`.
# Results: node's test runner (TAP-like summary); screenshots of the dialog
# in tests/e2e/out/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/../../.."
repo=$(pwd)
out="$repo/tests/e2e/out"
scratch="$out/chromium"
[ -f build/chrome/manifest.json ] || { echo "run.sh: build/chrome is missing; run 'make extension'" >&2; exit 2; }
[ -d node_modules/playwright-core ] || npm install --no-audit --no-fund --loglevel=error

# One run at a time on this machine, from any checkout: a second run would
# reuse Roundcube's fixed ports and wipe this run's scratch folder. It waits
# for the first to finish.
mkdir -p "$out"
lock=${PRESEND_E2E_LOCK:-/tmp/presend-e2e-chromium.lock}
exec 9>"$lock"
flock -w 1800 9 || { echo "run.sh: another e2e-chromium run holds $lock" >&2; exit 1; }

rm -rf "$scratch"
mkdir -p "$scratch/tmp" "$out/screenshots"
export TMPDIR="$scratch/tmp" # crashed Chromium runs leave folders behind here

stack="$scratch/roundcube"
cleanup() { tests/e2e/roundcube/stop.sh "$stack"; }
trap cleanup EXIT INT TERM
tests/e2e/roundcube/start.sh "$stack" 9>&- # servers must not hold the lock

# The test build: the Gmail adapter also runs on http://localhost (the
# look-alike), and the Roundcube adapter stays out of it.
extension="$scratch/extension"
cp -R build/chrome "$extension"
node -e '
  const fs = require("fs");
  const file = process.argv[1];
  const manifest = JSON.parse(fs.readFileSync(file, "utf8"));
  for (const script of manifest.content_scripts) {
    if (script.matches.includes("https://mail.google.com/*")) script.matches.push("http://localhost/*");
    else script.exclude_matches?.push("http://localhost/*");
  }
  fs.writeFileSync(file, JSON.stringify(manifest, null, 2));
' "$extension/manifest.json"

export PRESEND_EXTENSION_DIR="$extension"
export PRESEND_SINK_DIR="$stack/sink"
export PRESEND_E2E_OUT="$out"
export RC_PLAIN_URL="http://127.0.0.1:${RC_PLAIN_PORT:-8380}/"
export RC_HTML_URL="http://127.0.0.1:${RC_HTML_PORT:-8381}/"
# Arguments name test files to run instead of all of them.
if [ $# -eq 0 ]; then set -- tests/e2e/chromium/*.test.mjs; fi
node --test --test-concurrency=1 --test-timeout=120000 "$@"
