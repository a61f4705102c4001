#!/usr/bin/env bash
# Installs what building and testing presend needs, skipping what is there:
# Debian packages (browsers, mail servers for the end-to-end tests), the
# wasm32 Rust target, wasm-bindgen-cli pinned to the crate's wasm-bindgen
# version, and the npm packages in package.json.
set -euo pipefail
: "${WASM_BINDGEN_VERSION:?set WASM_BINDGEN_VERSION}"
: "${TOOLS:=/opt/presend-tools}"
cd "$(dirname "$0")/.."

debian_packages=(
  zip python3 nodejs
  chromium fonts-dejavu-core            # end-to-end tests in real Chromium
  thunderbird                           # end-to-end tests in real Thunderbird
  python3-aiosmtpd                      # the SMTP sink
  roundcube-core roundcube-sqlite3 php8.2-cgi dovecot-imapd sqlite3   # Roundcube on 127.0.0.1
)
missing=()
for p in "${debian_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: apt-get install ${missing[*]}"
  # Without this preseed dbconfig-common tries to set up PostgreSQL for Roundcube.
  echo "roundcube-core roundcube/dbconfig-install boolean false" | debconf-set-selections
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
fi

export PATH="$TOOLS/bin:$PATH"
if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $WASM_BINDGEN_VERSION"; then
  # --locked fails against this registry mirror; the version pin is what matters.
  echo "install-deps: cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 3 minutes)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --root "$TOOLS"
fi

if [ ! -d node_modules ] || [ package.json -nt node_modules ]; then
  npm install --no-audit --no-fund --loglevel=error
  touch node_modules
fi
