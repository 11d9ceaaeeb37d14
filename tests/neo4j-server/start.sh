#!/bin/sh
# Run the test Neo4j server in the foreground (Ctrl-C or SIGTERM stops it cleanly).
#   tests/neo4j-server/start.sh [--home DIR] [--port 7687] [--password SECRET] [--pagecache-mb 64]
# Fetches the jars into lib/ on first use. JAVA_OPTS overrides the heap size.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
version=$(sed -n 's:.*<neo4j.version>\(.*\)</neo4j.version>.*:\1:p' "$here/pom.xml")
if [ ! -f "$here/lib/neo4j-$version.jar" ]; then
    rm -rf "$here/lib"
    mvn -B -q -f "$here/pom.xml" dependency:copy-dependencies -DoutputDirectory="$here/lib"
fi
# The same module openings Neo4j's own neo4j.conf passes to the JVM.
exec java ${JAVA_OPTS:--Xms256m -Xmx512m} \
    --add-opens=java.base/java.nio=ALL-UNNAMED \
    --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
    --add-opens=java.base/java.io=ALL-UNNAMED \
    -Dio.netty.tryReflectionSetAccessible=true \
    -cp "$here/lib/*" "$here/Launcher.java" "$@"
