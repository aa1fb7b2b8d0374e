package org.apportion.costs;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * The temporary table of day rates a refresh joins its sums to ({@code tmp_cost_fx_day}): converting in the
 * database keeps the refresh set-based. Temporary tables belong to the connection; creating or dropping one does
 * not end the transaction in MariaDB.
 */
final class FxDayTable {

    static final String NAME = "tmp_cost_fx_day";

    private FxDayTable() {
    }

    static void create(Connection connection, List<DayRate> rates) throws SQLException {
        Jdbc.execute(connection, "DROP TEMPORARY TABLE IF EXISTS " + NAME, "CREATE TEMPORARY TABLE " + NAME + " ("
                + "billing_currency CHAR(3) NOT NULL, charge_date DATE NOT NULL, rate DECIMAL(65," + DayRate.SCALE
                + ") NOT NULL, PRIMARY KEY (billing_currency, charge_date)) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 "
                + "COLLATE = utf8mb4_unicode_ci");
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + NAME + " (billing_currency, charge_date, rate) VALUES (?, ?, ?)")) {
            for (DayRate rate : rates) {
                insert.setString(1, rate.currency());
                insert.setDate(2, Date.valueOf(rate.day()));
                insert.setBigDecimal(3, rate.rate());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    static void drop(Connection connection) throws SQLException {
        Jdbc.execute(connection, "DROP TEMPORARY TABLE IF EXISTS " + NAME);
    }
}
