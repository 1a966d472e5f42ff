#!/usr/bin/env bash
# Makes sure Debian's Chromium is installed (the browser tests and `npm start` drive it).
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium_path" ]; then exit 0; fi
if [ "$(id -u)" = 0 ]; then
  echo "Chromium is not installed: installing Debian's chromium package (about two minutes)..." >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
elif command -v sudo >/dev/null 2>&1; then
  echo "Chromium is not installed: installing it with sudo apt-get (about two minutes)..." >&2
  sudo apt-get update -qq
  sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
else
  echo "Chromium is not installed and this user cannot install packages." >&2
  echo "Install it with: apt-get install chromium   (or set CHROMIUM_PATH to a Chromium binary)" >&2
  exit 1
fi
if [ ! -x "$chromium_path" ]; then
  echo "Chromium was installed but $chromium_path is still missing; set CHROMIUM_PATH to the Chromium binary." >&2
  exit 1
fi
