#!/usr/bin/env bash
# End-to-end tests of the Thunderbird add-on in real, headless Thunderbird:
# installs Thunderbird and the SMTP sink's library if missing, then runs
# every test_*.py here against dist/presend-thunderbird.xpi (`make dist`).
# Each test starts its own sink and Thunderbird; whatever is left running
# when this script ends, however it ends, is stopped by the trap below.
set -euo pipefail
cd "$(dirname "$0")/../../.."

need=()
[ -x /usr/lib/thunderbird/thunderbird ] || need+=(thunderbird)
/usr/bin/python3 -c "import aiosmtpd" 2>/dev/null || need+=(python3-aiosmtpd)
if [ ${#need[@]} -gt 0 ]; then
  echo "e2e-thunderbird: apt-get install ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
[ -f dist/presend-thunderbird.xpi ] || { echo "e2e-thunderbird: dist/presend-thunderbird.xpi is missing; run 'make dist'" >&2; exit 2; }
# axe-core (package.json) is run inside the dialog and the options page.
[ -d node_modules/axe-core ] || npm install --no-audit --no-fund --loglevel=error

mkdir -p tests/e2e/out
pids=$(mktemp)
export PRESEND_E2E_PIDS="$pids"   # harness.py adds each process group it starts
ours() {  # still the process we started (not a reused id)?
  grep -qaE 'thunderbird|smtp_sink' "/proc/$1/cmdline" 2>/dev/null
}
cleanup() {
  local pid left=()
  while read -r pid; do
    if ours "$pid"; then kill -TERM -- "-$pid" 2>/dev/null && left+=("$pid"); fi
  done <"$pids"
  if [ ${#left[@]} -gt 0 ]; then
    sleep 2
    for pid in "${left[@]}"; do
      if ours "$pid"; then kill -KILL -- "-$pid" 2>/dev/null || true; fi
    done
  fi
  rm -f "$pids"
}
trap cleanup EXIT INT TERM

/usr/bin/python3 tests/e2e/thunderbird/run_tests.py "$@"
