#!/usr/bin/env bash
# Browser tests need Chromium. Use CHROME_PATH or Debian's /usr/bin/chromium; install it when we can, else say how.
set -euo pipefail
browser="${CHROME_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then
  exit 0
fi
if [ -n "${CHROME_PATH:-}" ]; then
  echo "CHROME_PATH=$CHROME_PATH is not an executable browser." >&2
  exit 1
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing: installing Debian's chromium package for the browser tests (apt-get install -y chromium)..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq chromium >&2
  exit 0
fi
echo "The browser tests need Chromium, which is not installed. Install it, then run the tests again:" >&2
echo "  sudo apt-get install -y chromium      (or set CHROME_PATH to a Chromium/Chrome binary)" >&2
exit 1
