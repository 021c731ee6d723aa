#!/usr/bin/env bash
# The test command: installs what the tests need, starts a throwaway Neo4j test server,
# runs every test project, and stops the server again. Works on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-test-deps.sh

if [ -x scripts/neo4j-test-server.sh ]; then
  # The server script prints `export NAME=value` lines describing the running server(s).
  eval "$(scripts/neo4j-test-server.sh start)"
  trap 'scripts/neo4j-test-server.sh stop' EXIT
fi

dotnet test KnowledgeGraph.sln -c Release "$@"
