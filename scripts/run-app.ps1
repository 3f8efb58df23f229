# Installs everything and starts DVK Desktop on the user's workspace (demo data on first run).
$ErrorActionPreference = "Stop"
$Root = Split-Path -Parent $PSScriptRoot
$Venv = Join-Path $Root ".venv"
if (-not (Test-Path (Join-Path $Venv "Scripts\python.exe"))) {
    if (-not (Get-Command py -ErrorAction SilentlyContinue)) {
        Write-Host "Cài Python 3.12 (winget)..."
        winget install --id Python.Python.3.12 -e --accept-source-agreements --accept-package-agreements
    }
    py -3 -m venv $Venv
}
$Py = Join-Path $Venv "Scripts\python.exe"
& $Py -m pip install -q --upgrade pip
& $Py -m pip install -q -e "$Root[gui]"
& $Py -m dvk_desktop --demo @args
