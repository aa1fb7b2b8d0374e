package org.apportion.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apportion.launcher.Database;

/** What every benchmark needs around the server: a private copy of the built WildFly, an empty schema, free ports. */
final class BenchEnvironment {

    private BenchEnvironment() {
    }

    /**
     * Copies the build's server (without its data, logs and temp files), so that a rebuild or an integration
     * test run during the benchmark cannot change the server under it.
     */
    static Path snapshot(Path builtServer, Path copy) throws IOException {
        String configuration = Files.readString(builtServer.resolve("standalone/configuration/standalone.xml"));
        if (configuration.contains("<deployments>") || !configuration.contains("ApportionDS")) {
            throw new IllegalStateException("The build's server is being provisioned or used by integration tests"
                    + " (standalone.xml holds a deployment or lacks ApportionDS): run the benchmark when that is done");
        }
        deleteTree(copy);
        List<Path> skipped = Stream.of("data", "log", "tmp").map(d -> builtServer.resolve("standalone").resolve(d)).toList();
        try (Stream<Path> paths = Files.walk(builtServer)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                if (skipped.stream().noneMatch(source::startsWith)) {
                    Files.copy(source, copy.resolve(builtServer.relativize(source).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return copy;
    }

    /** Drops and recreates the benchmark schema: the same bill uploaded twice would be refused as a duplicate. */
    static void emptySchema(Database db) throws SQLException {
        try (Connection connection = DriverManager.getConnection(db.url(), db.user(), db.password());
             Statement sql = connection.createStatement()) {
            String schema = connection.getCatalog();
            sql.execute("DROP DATABASE IF EXISTS `" + schema + "`");
            sql.execute("CREATE DATABASE `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            try (ResultSet settings = sql.executeQuery("SELECT VERSION(), @@innodb_buffer_pool_size, "
                    + "@@innodb_flush_log_at_trx_commit, @@innodb_log_file_size")) {
                settings.next();
                say("            MariaDB " + settings.getString(1) + ", buffer pool " + mib(settings.getLong(2))
                        + " MiB, flush_log_at_trx_commit " + settings.getInt(3) + ", redo log "
                        + mib(settings.getLong(4)) + " MiB; schema " + schema + " emptied");
            }
        }
    }

    /** A port offset whose HTTP, HTTPS and management ports are free, away from the usual 0 and 300. */
    static int freePortOffset() {
        return IntStream.iterate(500, o -> o <= 3000, o -> o + 100)
                .filter(o -> IntStream.of(8080, 8443, 9990, 9993).allMatch(p -> portFree(p + o)))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No free port offset between 500 and 3000"));
    }

    static boolean portFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }


    private static String mib(long bytes) {
        return Long.toString(bytes / (1024 * 1024));
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
