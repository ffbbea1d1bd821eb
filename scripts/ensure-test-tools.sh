#!/usr/bin/env bash
# Run before `npm test`: two tests drive Debian programs — the browser test Chromium (playwright-core
# cannot download a browser here), the load generator's test wrk (test/ops/bench/wrk.test.ts).
# Installs what is missing when we may (root + apt-get); otherwise says exactly what to do. Never
# skips a test.
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
wrk="${WRK_BIN:-/usr/bin/wrk}"
missing=()
[ -x "$chromium" ] || missing+=(chromium)
[ -x "$wrk" ] || missing+=(wrk)
[ ${#missing[@]} = 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Not found: ${missing[*]}; installing Debian's packages for the tests…" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  [ -x "$chromium" ] && [ -x "$wrk" ] && exit 0
fi
echo "The tests need Chromium at $chromium and wrk at $wrk: install them (Debian: apt-get install chromium wrk) or set CHROMIUM_PATH / WRK_BIN." >&2
exit 1
