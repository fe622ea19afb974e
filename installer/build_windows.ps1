<#
.SYNOPSIS
  Build the agent desktop for Windows: venv, packages, PyInstaller bundle, per-user MSI,
  signatures. Run on Windows 10/11 x64 from the repository root in PowerShell 5+:

    powershell -ExecutionPolicy Bypass -File installer\build_windows.ps1 [-Sign] [-CertThumbprint <sha1>]

  Needs: Python 3.11 x64 (py launcher), WiX Toolset 3.14 (candle/light/heat on PATH) or
  wixl from msitools, and for -Sign the Windows SDK's signtool with a code-signing
  certificate (since June 2023 its key lives in an HSM/token or a cloud signing service).
#>
param(
  [switch]$Sign,
  [string]$CertThumbprint = $env:SIGN_CERT_THUMBPRINT,
  [string]$TimestampUrl = "http://timestamp.digicert.com"
)
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)

# 1. a clean venv (a system-wide PySide6 would leak into the bundle otherwise)
if (-not (Test-Path .venv-win\Scripts\python.exe)) { py -3.11 -m venv .venv-win }
$py = ".venv-win\Scripts\python.exe"
& $py -m pip install --upgrade pip
# pjsua2: the win_amd64 wheel of pjsua2-python has no sound device and NO SIP-TLS
# transport (docs/installer.md); pjsua2-wheel adds WMME audio, still no TLS.
& $py -m pip install -e ".[bundle]"
if ($LASTEXITCODE) { throw "pip install failed" }

# 2. the one-folder bundle
& $py installer\build_bundle.py --force
if ($LASTEXITCODE) { throw "PyInstaller build failed" }
$bundle = "dist\agent-desktop"
& "$bundle\agent-desktop.exe" --help | Out-Null   # the frozen app starts

# 3. sign the executables before they go into the MSI
function Sign-File([string]$path) {
  if (-not $Sign) { return }
  signtool sign /fd SHA256 /sha1 $CertThumbprint /tr $TimestampUrl /td SHA256 `
    /d "Agent Workstation" $path
  if ($LASTEXITCODE) { throw "signing $path failed" }
}
Sign-File "$bundle\agent-desktop.exe"

# 4. the per-user MSI
$version = (& $py -c "import tomllib;print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])").Trim()
New-Item -ItemType Directory -Force build\msi | Out-Null
$msi = "dist\AgentWorkstation-$version-x64.msi"
if (Get-Command candle.exe -ErrorAction SilentlyContinue) {
  heat.exe dir $bundle -nologo -gg -g1 -srd -sreg -scom -cg AppFiles -dr INSTALLDIR `
    -var var.SourceDir -out build\msi\files.wxs
  candle.exe -nologo -arch x64 -dVersion=$version -dSourceDir=$bundle -dWin64=yes `
    -dIconFile=installer\agent_desktop.ico -out build\msi\ installer\agent_desktop.wxs build\msi\files.wxs
  light.exe -nologo -sice:ICE38 -sice:ICE64 -sice:ICE91 -out $msi build\msi\agent_desktop.wixobj build\msi\files.wixobj
} else {
  & $py installer\build_msi.py --payload $bundle --out dist
}
if ($LASTEXITCODE) { throw "MSI build failed" }
Sign-File $msi
Write-Host "built $msi"
