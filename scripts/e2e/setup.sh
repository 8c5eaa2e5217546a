#!/usr/bin/env bash
# Installs what the editor tests and `npm start` need, and nothing into the extension's own dependencies:
#   - Debian packages: chromium (the browser Playwright drives), neovim (the editor of the Neovim test:
#     Debian's 0.7.2, for the README's config for that version), ripgrep (its `rg` stands in for the
#     binary code-server would download from GitHub), libkrb5-dev + build-essential (code-server's
#     native modules build from source because their prebuilt downloads are unreachable here);
#   - code-server, pinned, into .code-server/ with its own package.json.
# Idempotent: when everything is present it returns in well under a second.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# 4.100.3 is the newest code-server whose engines.node accepts Node 20 (VS Code 1.100, which is why
# @types/vscode is pinned to 1.100 and engines.vscode to ^1.100.0).
CODE_SERVER_VERSION="4.100.3"
DIR="$ROOT/.code-server"
BIN="$DIR/node_modules/.bin/code-server"
# code-server writes config and logs under the XDG folders even for --version; keep them in the project.
export XDG_CONFIG_HOME="$DIR/xdg/config" XDG_DATA_HOME="$DIR/xdg/data" XDG_CACHE_HOME="$DIR/xdg/cache"

log() { printf '[e2e:setup] %s\n' "$*" >&2; }

missing=()
for pkg in chromium neovim ripgrep libkrb5-dev build-essential; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
# node-gyp needs a Python; any python3 on PATH will do.
command -v python3 >/dev/null 2>&1 || missing+=(python3)
if [ "${#missing[@]}" -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  log "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

installed_version() {
  node -p "require('$DIR/node_modules/code-server/package.json').version" 2>/dev/null || true
}
if [ -x "$BIN" ] && [ "$(installed_version)" = "$CODE_SERVER_VERSION" ] &&
  [ -f "$DIR/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg" ]; then
  exit 0
fi

log "installing code-server $CODE_SERVER_VERSION into .code-server/ (takes 1-3 minutes)"
mkdir -p "$DIR" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME"
# @vscode/ripgrep 1.15.11 downloads rg from api.github.com unless this cached tarball exists; it looks
# in os.tmpdir(), which is $TMPDIR or /tmp. Debian's rg is the same 13.x major.
tmp="${TMPDIR:-/tmp}"
cache="$tmp/vscode-ripgrep-cache-1.15.11"
tarball="$cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [ ! -s "$tarball" ]; then
  mkdir -p "$cache"
  tar czf "$tarball" -C "$(dirname "$(command -v rg)")" rg
fi

cd "$DIR"
# Its own package.json keeps npm from treating the project as the install prefix.
cat >package.json <<JSON
{
  "name": "feishu-card-tools-code-server",
  "private": true,
  "description": "code-server for npm start and the editor tests; installed by scripts/e2e/setup.sh",
  "dependencies": { "code-server": "$CODE_SERVER_VERSION" }
}
JSON
# As root code-server's postinstall demands --unsafe-perm, which npm 11 only passes through this variable;
# node-pty's postinstall runs `npx node-gyp`, which needs npm_config_yes to fetch without asking.
npm_config_unsafe_perm=true npm_config_yes=true npm install --no-audit --no-fund --loglevel=error
if [ "$(installed_version)" != "$CODE_SERVER_VERSION" ]; then
  log "code-server did not install"
  exit 1
fi
log "installed code-server $(installed_version)"
