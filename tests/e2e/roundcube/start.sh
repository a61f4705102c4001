#!/usr/bin/env bash
# Starts a private mail stack on 127.0.0.1 for end-to-end tests, all state in
# one scratch folder: Dovecot (IMAP), the SMTP sink, and two Roundcube
# instances (php -S, one worker each) sharing them — one with the plain
# textarea editor, one with the HTML (TinyMCE) editor.
#
#   tests/e2e/roundcube/start.sh FOLDER
#
# Ports (override through the environment): RC_IMAP_PORT (10343),
# RC_SMTP_PORT (10325), RC_PLAIN_PORT (8380), RC_HTML_PORT (8381).
# Login alice / secret123. Sent mail lands in FOLDER/sink/NNNN.eml.
# Stop everything with tests/e2e/roundcube/stop.sh FOLDER.
set -euo pipefail
folder=${1:?usage: start.sh FOLDER}
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
imap_port=${RC_IMAP_PORT:-10343}
smtp_port=${RC_SMTP_PORT:-10325}
plain_port=${RC_PLAIN_PORT:-8380}
html_port=${RC_HTML_PORT:-8381}

mkdir -p "$folder"
folder=$(cd "$folder" && pwd)
"$here/stop.sh" "$folder" 2>/dev/null || true
rm -rf "$folder"/{dovecot,mail,sink,rc-plain,rc-html,pids}
mkdir -p "$folder"/{dovecot,mail,sink,pids}

# Dovecot runs as root here but hands mail to nobody; the folder chain must be
# traversable for it.
chmod o+x "$folder"
cat >"$folder/dovecot/users" <<USERS
alice:{PLAIN}secret123
USERS
cat >"$folder/dovecot/dovecot.conf" <<CONF
base_dir = $folder/dovecot/run
state_dir = $folder/dovecot/state
log_path = $folder/dovecot/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
first_valid_uid = 1
mail_location = maildir:~/Maildir
passdb {
  driver = passwd-file
  args = $folder/dovecot/users
}
userdb {
  driver = static
  args = uid=nobody gid=nogroup home=$folder/mail/%u
}
namespace inbox {
  inbox = yes
  separator = /
  mailbox Drafts {
    special_use = \\Drafts
    auto = subscribe
  }
  mailbox Sent {
    special_use = \\Sent
    auto = subscribe
  }
  mailbox Trash {
    special_use = \\Trash
    auto = subscribe
  }
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $imap_port
  }
  inet_listener imaps {
    port = 0
  }
}
CONF
chown -R nobody:nogroup "$folder/mail"
# If anything below fails, stop what did start.
trap '"$here/stop.sh" "$folder"' ERR
# Dovecot daemonizes; its stdio must not keep the caller's pipes open.
dovecot -c "$folder/dovecot/dovecot.conf" </dev/null >/dev/null 2>&1
for _ in $(seq 1 50); do [ -s "$folder/dovecot/run/master.pid" ] && break; sleep 0.1; done
cp "$folder/dovecot/run/master.pid" "$folder/pids/dovecot"

/usr/bin/python3 "$repo/tests/e2e/smtp_sink.py" "$smtp_port" "$folder/sink" \
  </dev/null >"$folder/sink.log" 2>&1 &
echo $! >"$folder/pids/sink"

# One Roundcube instance: rc_instance NAME PORT HTMLEDITOR
rc_instance() {
  local name=$1 port=$2 html=$3 dir="$folder/$1"
  mkdir -p "$dir"/{config,db,temp,logs}
  ln -s /etc/roundcube/defaults.inc.php /etc/roundcube/mimetypes.php "$dir/config/"
  cat >"$dir/config/config.inc.php" <<PHP
<?php
\$config = [];
\$config['db_dsnw'] = 'sqlite:///$dir/db/roundcube.db?mode=0640';
\$config['imap_host'] = '127.0.0.1:$imap_port';
\$config['smtp_host'] = '127.0.0.1:$smtp_port';
\$config['smtp_user'] = '';
\$config['smtp_pass'] = '';
\$config['temp_dir'] = '$dir/temp/';
\$config['log_dir'] = '$dir/logs/';
\$config['des_key'] = 'presend-e2e-0123456789ab';
\$config['skin'] = 'elastic';
\$config['plugins'] = [];
\$config['htmleditor'] = $html;
\$config['draft_autosave'] = 0;
\$config['language'] = 'en_US';
\$config['mail_domain'] = 'example.com';
PHP
  sqlite3 "$dir/db/roundcube.db" </usr/share/roundcube/SQL/sqlite.initial.sql
  ROUNDCUBE_CONFIG_DIR="$dir/config" PHP_CLI_SERVER_WORKERS=1 \
    php -S "127.0.0.1:$port" -t /var/lib/roundcube/public_html \
    </dev/null >"$dir/php.log" 2>&1 &
  echo $! >"$folder/pids/$name"
}
rc_instance rc-plain "$plain_port" 0
rc_instance rc-html "$html_port" 1

# Wait until every server answers.
wait_port() {
  for _ in $(seq 1 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    sleep 0.1
  done
  echo "start.sh: nothing listens on 127.0.0.1:$1" >&2
  return 1
}
for port in "$imap_port" "$smtp_port" "$plain_port" "$html_port"; do wait_port "$port"; done
trap - ERR
echo "roundcube: plain http://127.0.0.1:$plain_port/ html http://127.0.0.1:$html_port/ (alice/secret123), sink $folder/sink"
