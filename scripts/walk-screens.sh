#!/usr/bin/env bash
# Opens the application in a real X window (Xvfb + openbox, 1366x768) at 100%, 125% and 150% and
# saves a screenshot of the whole screen for each, so a person can look at what users see.
# Usage: scripts/walk-screens.sh [OUT_DIR] [WORKSPACE]   (needs xvfb, openbox, xdotool, imagemagick)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${1:-/tmp/dvk-walk}"; WS="${2:-/tmp/dvk-walk-ws}"
PY="${PYTHON:-$ROOT/.venv/bin/python}"
mkdir -p "$OUT"
for cmd in Xvfb openbox xdotool import; do
  command -v "$cmd" >/dev/null || { echo "Thiếu $cmd (apt-get install xvfb openbox xdotool imagemagick)" >&2; exit 1; }
done
export DISPLAY=:77
Xvfb "$DISPLAY" -screen 0 1366x768x24 -nolisten tcp & XPID=$!
trap 'kill $XPID 2>/dev/null || true' EXIT
sleep 1; openbox & sleep 1
for scale in 1 1.25 1.5; do
  QT_SCALE_FACTOR=$scale DVK_AUTO_BACKUP=0 PYTHONPATH="$ROOT" "$PY" -m dvk_desktop.gui.app \
    --workspace "$WS" --demo & APP=$!
  # The demo is built on the first run; wait for a mapped top-level window, then let it settle.
  for _ in $(seq 1 120); do xdotool search --onlyvisible --class python >/dev/null 2>&1 && break; sleep 1; done
  sleep 4
  import -window root "$OUT/main-$scale.png"
  xdotool search --onlyvisible --class python getwindowgeometry 2>/dev/null | tee "$OUT/geometry-$scale.txt" || true
  kill "$APP"; wait "$APP" 2>/dev/null || true
done
echo "Ảnh chụp: $OUT"
