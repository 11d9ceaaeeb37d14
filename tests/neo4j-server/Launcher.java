// A Neo4j Community server for the test suite, without Docker or a Neo4j distribution.
//
// Run from source (no build step):
//   java -cp 'lib/*' Launcher.java --home /tmp/dipgraph-neo4j --port 7687 --password secret
// It prints "NEO4J READY bolt://127.0.0.1:<port>" once Bolt accepts the password,
// and shuts the database down cleanly on SIGTERM or Ctrl-C.

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.io.ByteUnit;

public class Launcher {
    public static void main(String[] argv) throws Exception {
        Map<String, String> args = parse(argv);
        Path home = Path.of(args.getOrDefault("home", "/tmp/dipgraph-neo4j")).toAbsolutePath();
        String host = args.getOrDefault("host", "127.0.0.1");
        int port = Integer.parseInt(args.getOrDefault("port", "7687"));
        String password = args.getOrDefault("password", System.getenv("NEO4J_PASSWORD"));
        long pageCacheMb = Long.parseLong(args.getOrDefault("pagecache-mb", "64"));
        if (password == null || password.length() < 8) {
            System.err.println("Launcher: --password of at least 8 characters is required");
            System.exit(2);
        }

        long started = System.nanoTime();
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // Tests try wrong passwords on purpose; the default (3 failures) would lock the user out.
                .setConfig(GraphDatabaseSettings.auth_max_failed_attempts, 100)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                .build();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("NEO4J STOPPING");
            dbms.shutdown();
            stopped.countDown();
        }));

        // Embedded calls bypass authentication, so the system database can set the
        // password of the default user; Bolt clients must then present it.
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        } catch (QueryExecutionException e) {
            // A restart on an existing home: Neo4j refuses to "change" a password to itself.
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                throw e;
            }
        }

        long ms = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("NEO4J READY bolt://%s:%d home=%s started_in_ms=%d%n", host, port, home, ms);
        System.out.flush();
        stopped.await();
    }

    private static Map<String, String> parse(String[] argv) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < argv.length; i++) {
            String key = argv[i];
            if (!key.startsWith("--") || i + 1 >= argv.length) {
                System.err.println("Launcher: expected --name value pairs, got " + key);
                System.exit(2);
            }
            out.put(key.substring(2), argv[++i]);
        }
        return out;
    }
}
