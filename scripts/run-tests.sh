#!/usr/bin/env bash
# Installs everything (system tools included) and runs the whole test suite with the linters.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/_setup.sh"

# nsis: the Windows installer script is compiled against the Linux bundle (tests/installer);
# gcc, libc6-dev: the bundle's empty ICU data library is compiled at build time.
# strace: the crash harness kills the CLI at chosen write system calls (tests/crash).
install_debian_packages "${QT_PACKAGES[@]}" xvfb xauth poppler-utils minisign age strace \
  libreoffice-calc-nogui postgresql nsis gcc libc6-dev
ensure_venv gui,dev,postgres
cd "$ROOT"
export PATH="$VENV/bin:$PATH"
export QT_QPA_PLATFORM=offscreen

# A throw-away PostgreSQL server for the tests marked "postgres" (stopped on exit).
start_postgres() {
  PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  [ -n "$PG_BIN" ] || { echo "PostgreSQL không có sẵn." >&2; return 1; }
  PGTMP="$(mktemp -d /tmp/dvk-pg.XXXXXX)"
  # A throw-away server: no fsync (each test's CREATE DATABASE would wait for the disk), and
  # room for both test workers' connections.
  PG_FAST="-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
  if [ "$(id -u)" = 0 ]; then chown postgres "$PGTMP"; PG_AS=(su postgres -s /bin/sh -c); else PG_AS=(sh -c); fi
  "${PG_AS[@]}" "$PG_BIN/initdb -D $PGTMP/data -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null"
  "${PG_AS[@]}" "$PG_BIN/pg_ctl -D $PGTMP/data -l $PGTMP/log -w -o '-k $PGTMP -p 54329 -c listen_addresses= $PG_FAST' start >/dev/null"
  trap 'stop_postgres' EXIT
  export DVK_TEST_POSTGRES_URL="postgresql+psycopg://postgres@/postgres?host=$PGTMP&port=54329"
}
stop_postgres() {
  "${PG_AS[@]}" "$PG_BIN/pg_ctl -D $PGTMP/data -m fast stop >/dev/null" || true
  rm -rf "$PGTMP"
}
start_postgres

echo ">> ruff"
ruff check .
ruff format --check .
echo ">> import-linter"
lint-imports --no-cache
echo ">> mypy (core)"
mypy
echo ">> pytest"
python -m pytest -n 2 "$@"
