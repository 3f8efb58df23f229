#!/usr/bin/env bash
# Shared set-up for run-app.sh and run-tests.sh: system packages (Debian/Ubuntu), a virtualenv,
# and the project installed into it. Safe to run again: every step is idempotent.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${DVK_VENV:-$ROOT/.venv}"

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "Cần quyền root (hoặc sudo) để cài gói hệ thống: $*" >&2; return 1; fi
}

install_debian_packages() {
  # $@: Debian packages; installs only the missing ones, so a second run costs nothing.
  command -v dpkg-query >/dev/null || { echo "Không phải Debian/Ubuntu: bỏ qua gói hệ thống." >&2; return 0; }
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo ">> Cài gói hệ thống: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

find_python() {
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null &&
       "$candidate" -c 'import sys, venv; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  return 1
}

# Qt (offscreen or on a desktop) needs these libraries on a minimal Debian/Ubuntu.
QT_PACKAGES=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0
             libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
             fonts-liberation2)

ensure_venv() {
  # $1: pip extras, e.g. "gui" or "gui,dev,postgres"
  local py
  if ! py="$(find_python)"; then
    install_debian_packages python3 python3-venv python3-pip
    py="$(find_python)" || { echo "Cần Python 3.11 trở lên." >&2; exit 1; }
  fi
  if [ ! -x "$VENV/bin/python" ]; then
    echo ">> Tạo môi trường Python tại $VENV ($py)"
    "$py" -m venv "$VENV" || { install_debian_packages python3-venv; "$py" -m venv "$VENV"; }
  fi
  "$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null
  echo ">> Cài DVK Desktop và thư viện [$1]"
  "$VENV/bin/python" -m pip install -q -e "$ROOT[$1]"
}
