#!/usr/bin/env bash
# Refreshes the graph libraries the HTML explorer inlines (sigma, graphology, ForceAtlas2)
# from npm and bundles them into one script with esbuild. The bundle is committed, so
# building the project never needs npm; run this only to move to new library versions
# (change the versions below, run it, look at the explorer, commit the result).
set -euo pipefail
cd "$(dirname "$0")/.."

SIGMA=3.0.3
GRAPHOLOGY=0.26.0
FORCEATLAS2=0.10.1
ESBUILD=0.28.2

out=src/KnowledgeGraph/Sinks/Html/Assets/vendor
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(
  cd "$work"
  npm init -y >/dev/null
  npm install --no-audit --no-fund --silent \
    "sigma@$SIGMA" "graphology@$GRAPHOLOGY" "graphology-layout-forceatlas2@$FORCEATLAS2" "esbuild@$ESBUILD"
  cat > entry.js <<'JS'
import Graph from "graphology";
import Sigma from "sigma";
import forceAtlas2 from "graphology-layout-forceatlas2";
window.KGLibs = { Graph, Sigma, forceAtlas2 };
JS
  npx esbuild entry.js --bundle --minify --format=iife --target=es2019 --legal-comments=none \
    --outfile=graph-libs.js --log-level=warning
)

mkdir -p "$out"
cp "$work/graph-libs.js" "$out/graph-libs.js"
{
  echo "# Vendored graph libraries"
  echo
  echo "\`graph-libs.js\` is a minified bundle (esbuild $ESBUILD, IIFE, sets \`window.KGLibs\`) of these"
  echo "npm packages, made by \`scripts/vendor-explorer-libs.sh\`. Their licences follow."
  echo
  for p in sigma graphology graphology-layout-forceatlas2 graphology-utils graphology-types events; do
    dir="$work/node_modules/$p"
    [ -d "$dir" ] || continue
    version=$(node -p "require('$dir/package.json').version")
    license=$(node -p "require('$dir/package.json').license")
    echo "## $p $version ($license)"
    echo
    lic=$(ls "$dir" | grep -i -E '^(licen[cs]e|copying)' | head -1 || true)
    if [ -n "$lic" ]; then
      echo '```'
      cat "$dir/$lic"
      echo '```'
    fi
    echo
  done
} > "$out/LICENSES.md"
echo "wrote $out/graph-libs.js ($(wc -c < "$out/graph-libs.js") bytes) and $out/LICENSES.md"
