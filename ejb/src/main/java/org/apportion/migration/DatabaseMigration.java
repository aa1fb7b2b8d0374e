package org.apportion.migration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the schema migrations before anything else touches the database. Every other startup bean
 * that uses the database declares {@code @DependsOn("DatabaseMigration")}.
 */
@Singleton
@Startup
// Flyway manages its own transactions; a container transaction would forbid it to switch auto-commit.
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    public static final String DATASOURCE = "java:jboss/datasources/ApportionDS";
    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DATASOURCE)
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                // JBeret keeps its job repository tables in the same schema and may create them first.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
        warnUnlessLocalInfileAllowed();
    }

    /** Imports write with LOAD DATA LOCAL INFILE; say so at start rather than at the first failed import. */
    private void warnUnlessLocalInfileAllowed() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT @@GLOBAL.local_infile")) {
            if (result.next() && result.getInt(1) == 0) {
                LOG.severe("MariaDB has local_infile OFF: every bill import will fail. "
                        + "Run SET GLOBAL local_infile = 1 (and set it in the server's configuration).");
            }
        } catch (SQLException e) {
            LOG.warning("Could not read MariaDB's local_infile setting: " + e.getMessage());
        }
    }
}
