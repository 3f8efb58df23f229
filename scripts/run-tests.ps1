# Installs everything and runs the test suite on Windows. The tests that need Debian tools
# (minisign, age, poppler, LibreOffice, PostgreSQL) expect them on PATH: install them with
# winget/scoop first, or run scripts/run-tests.sh under WSL for the complete suite.
$ErrorActionPreference = "Stop"
$Root = Split-Path -Parent $PSScriptRoot
$Venv = Join-Path $Root ".venv"
if (-not (Test-Path (Join-Path $Venv "Scripts\python.exe"))) { py -3 -m venv $Venv }
$Py = Join-Path $Venv "Scripts\python.exe"
& $Py -m pip install -q --upgrade pip
& $Py -m pip install -q -e "$Root[gui,dev,postgres]"
$env:QT_QPA_PLATFORM = "offscreen"
Set-Location $Root
& (Join-Path $Venv "Scripts\ruff.exe") check .
& (Join-Path $Venv "Scripts\lint-imports.exe") --no-cache
& (Join-Path $Venv "Scripts\mypy.exe")
& $Py -m pytest -n 2 @args
exit $LASTEXITCODE
