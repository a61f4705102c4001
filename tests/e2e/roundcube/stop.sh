#!/usr/bin/env bash
# Stops what tests/e2e/roundcube/start.sh FOLDER started, by the process ids
# it recorded (never by name: other test runs may share the machine).
set -uo pipefail
folder=${1:?usage: stop.sh FOLDER}
[ -d "$folder/pids" ] || exit 0
# Dovecot writes its own pid file; it may be newer than the copy in pids/.
if [ -s "$folder/dovecot/run/master.pid" ]; then
  cp "$folder/dovecot/run/master.pid" "$folder/pids/dovecot"
fi
for pidfile in "$folder"/pids/*; do
  [ -f "$pidfile" ] || continue
  pid=$(cat "$pidfile")
  kill "$pid" 2>/dev/null
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null
  rm -f "$pidfile"
done
exit 0
