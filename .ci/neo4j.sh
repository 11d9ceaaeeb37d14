#!/bin/bash
# Start (or stop) a real Neo4j 5.26 Community server for the tests, without Docker.
#
#   .ci/neo4j.sh [start]   fetch the jars with Maven if needed, start the server in the
#                          background on a fresh data dir, wait until Bolt accepts the password
#   .ci/neo4j.sh stop      stop the server this script started (SIGTERM, clean shutdown)
#   .ci/neo4j.sh status    say whether it answers
#
# The tests find the server through the usual variables, with these defaults:
#   NEO4J_URI=bolt://127.0.0.1:7687  NEO4J_USERNAME=neo4j  NEO4J_PASSWORD=dipgraph-test
# The port is taken from NEO4J_URI; data, log and pid live under /tmp/dipgraph-neo4j-<port>*.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
server="$here/tests/neo4j-server"
uri="${NEO4J_URI:-bolt://127.0.0.1:7687}"
port=$(printf '%s' "$uri" | sed -n 's#^[a-z+]*://[^:/]*:\([0-9]*\).*#\1#p')
port="${port:-7687}"
user="${NEO4J_USERNAME:-neo4j}"
password="${NEO4J_PASSWORD:-dipgraph-test}"
home="/tmp/dipgraph-neo4j-$port"
log="$home.log"
pidfile="$home.pid"
python="${PYTHON:-python3}"
timeout="${NEO4J_START_TIMEOUT:-180}"

answers() {
    # True when a driver can log in on the Bolt port.
    NEO4J_CHECK_URI="bolt://127.0.0.1:$port" NEO4J_CHECK_USER="$user" NEO4J_CHECK_PASSWORD="$password" \
        "$python" - <<'EOF' 2>/dev/null
import os, sys
from neo4j import GraphDatabase
try:
    with GraphDatabase.driver(os.environ["NEO4J_CHECK_URI"],
                              auth=(os.environ["NEO4J_CHECK_USER"], os.environ["NEO4J_CHECK_PASSWORD"]),
                              connection_timeout=3) as driver:
        driver.verify_connectivity()
except Exception:
    sys.exit(1)
EOF
}

running() {
    [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null
}

stop() {
    if ! running; then
        echo "neo4j: not running (no live pid in $pidfile)"
        return 0
    fi
    pid=$(cat "$pidfile")
    kill -TERM "$pid"
    for _ in $(seq 1 60); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.5
    done
    if kill -0 "$pid" 2>/dev/null; then
        echo "neo4j: pid $pid did not stop within 30 s; see $log" >&2
        return 1
    fi
    rm -f "$pidfile"
    echo "neo4j: stopped (pid $pid)"
}

start() {
    if running && answers; then
        echo "neo4j: already running on bolt://127.0.0.1:$port (pid $(cat "$pidfile"))"
        return 0
    fi
    if answers; then
        echo "neo4j: something else already answers on port $port with these credentials; using it"
        return 0
    fi
    if ! "$python" -c 'import neo4j' 2>/dev/null; then
        echo "neo4j: the Python 'neo4j' driver is needed to check the server; pip install -e '.[test]' first" >&2
        return 1
    fi
    local version
    version=$(sed -n 's:.*<neo4j.version>\(.*\)</neo4j.version>.*:\1:p' "$server/pom.xml")
    if [ ! -f "$server/lib/neo4j-$version.jar" ]; then
        echo "neo4j: fetching Neo4j $version jars from Maven Central"
        local t0=$SECONDS
        rm -rf "$server/lib"
        mvn -B -q -f "$server/pom.xml" dependency:copy-dependencies -DoutputDirectory="$server/lib"
        echo "neo4j: jars fetched in $((SECONDS - t0)) s"
    fi
    rm -rf "$home"
    mkdir -p "$home"
    echo "neo4j: starting Neo4j $version on bolt://127.0.0.1:$port (data $home, log $log)"
    local t0=$SECONDS
    # setsid: the server outlives this script and ignores the caller's Ctrl-C.
    NEO4J_PASSWORD="$password" setsid "$server/start.sh" --home "$home" --port "$port" \
        </dev/null >"$log" 2>&1 &
    echo $! >"$pidfile"
    until answers; do
        if ! running; then
            echo "neo4j: the server exited during start-up; last lines of $log:" >&2
            tail -n 30 "$log" >&2
            return 1
        fi
        if [ $((SECONDS - t0)) -ge "$timeout" ]; then
            echo "neo4j: Bolt did not answer within $timeout s; last lines of $log:" >&2
            tail -n 30 "$log" >&2
            stop || true
            return 1
        fi
        sleep 1
    done
    echo "neo4j: ready on bolt://127.0.0.1:$port in $((SECONDS - t0)) s (pid $(cat "$pidfile"), user $user)"
}

case "${1:-start}" in
    start) start ;;
    stop) stop ;;
    status)
        if answers; then echo "neo4j: answers on bolt://127.0.0.1:$port"; else echo "neo4j: nothing on port $port accepts user $user with this password"; exit 1; fi
        ;;
    *) echo "usage: $0 [start|stop|status]" >&2; exit 2 ;;
esac
