#!/usr/bin/env bash
# The test command: installs what the tests need, starts a throwaway Neo4j test server,
# runs every test project, and stops the server again. Works on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-test-deps.sh

# The integration tests need a real server: start one (it prints `export NAME=value` lines
# describing the running servers) and stop it whatever happens.
trap 'bash scripts/neo4j-test-server.sh stop' EXIT
server_env=$(bash scripts/neo4j-test-server.sh start)
eval "$server_env"

dotnet test KnowledgeGraph.sln -c Release "$@"
