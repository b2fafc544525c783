#!/usr/bin/env bash
# Installs what the browser tests need on Debian: Chromium (driven by playwright-core; Playwright's own
# browser download is not used) and CJK fonts so screenshots show Chinese text. Skips what is already there.
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
fc-list 2>/dev/null | grep -qi 'cjk' || missing+=(fonts-noto-cjk)
if [ ${#missing[@]} -gt 0 ]; then
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y "${missing[@]}"
fi
chromium --version
