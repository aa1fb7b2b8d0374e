package org.apportion.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.logging.Logger;
import org.apportion.launcher.Database;
import org.apportion.launcher.LocalDatabase;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Before any integration test runs: picks the test database ({@code APPORTION_TEST_DB_URL}, else the local
 * server on 127.0.0.1:3306, else an embedded MariaDB), starts it with a clean {@code apportion_it} schema
 * when it is ours to wipe, and hands its coordinates to arquillian.xml through system properties.
 */
public class TestDatabaseSession implements LauncherSessionListener {

    public static final String SCHEMA = "apportion_it";
    private static final Logger LOG = Logger.getLogger(TestDatabaseSession.class.getName());
    private static LocalDatabase database;

    @Override
    public synchronized void launcherSessionOpened(LauncherSession session) {
        if (database != null) {
            return;
        }
        try {
            database = LocalDatabase.resolve(LocalDatabase.TEST_DB, SCHEMA, true, null);
            Database db = database.database();
            if (!database.isConfigured()) {
                recreateSchema(db);
            }
            System.setProperty("apportion.db.url", db.url());
            System.setProperty("apportion.db.user", db.user());
            System.setProperty("apportion.db.password", db.password());
            LOG.info(() -> "Integration tests use MariaDB at " + db.describe());
        } catch (Exception e) {
            throw new IllegalStateException("No MariaDB for the integration tests: " + e.getMessage(), e);
        }
    }

    private static void recreateSchema(Database db) throws Exception {
        String serverUrl = db.url().substring(0, db.url().lastIndexOf('/') + 1);
        try (Connection connection = DriverManager.getConnection(serverUrl, db.user(), db.password());
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + SCHEMA);
            statement.execute("CREATE DATABASE " + SCHEMA + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    @Override
    public synchronized void launcherSessionClosed(LauncherSession session) {
        if (database != null) {
            try {
                database.close();
            } catch (Exception e) {
                LOG.warning("Could not stop the test database: " + e.getMessage());
            }
            database = null;
        }
    }

    /** The test database's coordinates, for tests that check what was stored. */
    public static Database database() {
        return new Database(System.getProperty("apportion.db.url"), System.getProperty("apportion.db.user"),
                System.getProperty("apportion.db.password"), "test");
    }
}
