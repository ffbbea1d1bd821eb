#!/usr/bin/env bash
# Run before `npm test`: the browser test drives Debian's Chromium (playwright-core cannot
# download a browser here). Installs it when missing and we may (root + apt-get); otherwise
# says exactly what to do. Never skips the browser test.
set -euo pipefail
bin="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$bin" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Chromium not found at $bin: installing Debian's chromium for the browser test…" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  [ -x "$bin" ] && exit 0
fi
echo "The browser test needs Chromium at $bin: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH." >&2
exit 1
