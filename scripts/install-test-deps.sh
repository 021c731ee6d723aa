#!/usr/bin/env bash
# Installs the system packages the tests use, when they are missing.
set -euo pipefail
need=()
/usr/bin/python3 -c 'import networkx' 2>/dev/null || need+=(python3-networkx)
/usr/bin/python3 -c 'import igraph' 2>/dev/null || need+=(python3-igraph)
/usr/bin/python3 -c 'import jsonschema' 2>/dev/null || need+=(python3-jsonschema)
# The explorer page's browser tests drive Debian's headless chromium.
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/chromedriver ] || need+=(chromium-driver)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi
