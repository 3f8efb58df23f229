#!/usr/bin/env bash
# Installs everything and starts DVK Desktop on the user's workspace (demo data on first run).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/_setup.sh"

install_debian_packages "${QT_PACKAGES[@]}"
ensure_venv gui
cd "$ROOT"
exec "$VENV/bin/python" -m dvk_desktop --demo "$@"
