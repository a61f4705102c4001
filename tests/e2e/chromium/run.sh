#!/usr/bin/env bash
# End-to-end tests of the Chrome extension in Debian's Chromium, against a
# real Roundcube (plain and HTML editor) and look-alikes of Gmail, Outlook,
# Yandex Mail, Mail.ru and an unknown web mail, under a strict CSP. Called
# by `make e2e-chromium` after `make extension`.
# Results: node's test runner (TAP-like summary); screenshots of the dialog
# in tests/e2e/out/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/../../.."
repo=$(pwd)
out="$repo/tests/e2e/out"
scratch="$out/chromium"
# PRESEND_CHROME_BUILD: another build of the add-on to test (e.g. an older
# one, to measure before and after side by side); build/chrome by default.
build=${PRESEND_CHROME_BUILD:-build/chrome}
[ -f "$build/manifest.json" ] || { echo "run.sh: $build is missing; run 'make extension'" >&2; exit 2; }
[ -d node_modules/playwright-core ] && [ -d node_modules/axe-core ] || npm install --no-audit --no-fund --loglevel=error

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

# The test build: each named web mail's adapter also runs on the host its
# look-alike is served from (lib/gmail-server.mjs, lib/lookalike-server.mjs);
# any port. Roundcube and the generic look-alike get no mapping: the tests
# turn presend on for them in the popup, as users do (lib/site-switch.mjs).
extension="$scratch/extension"
cp -R "$build" "$extension"
node -e '
  const fs = require("fs");
  const file = process.argv[1];
  const manifest = JSON.parse(fs.readFileSync(file, "utf8"));
  // The scripts of each named web mail also run where its look-alike is served.
  const lookalikes = {
    "https://mail.google.com/*": "http://localhost/*",
    "https://outlook.live.com/*": "http://127.0.0.2/*",
    "https://mail.yandex.ru/*": "http://127.0.0.3/*",
    "https://e.mail.ru/*": "http://127.0.0.4/*",
  };
  for (const script of manifest.content_scripts) {
    for (const [real, lookalike] of Object.entries(lookalikes)) {
      if (script.matches.includes(real)) script.matches.push(lookalike);
    }
  }
  // Clicked in the toolbar, the popup learns the address of the tab from
  // activeTab; the tests open popup.html?tab=ID as a page instead, which
  // Chrome gives no such grant, so the test build may read tab addresses.
  manifest.permissions.push("tabs");
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
