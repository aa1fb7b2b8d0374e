package org.apportion.costs;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apportion.costmodel.CategoryResolver;
import org.apportion.currency.FxConverter;

/**
 * Rebuilds cost_daily and cost_daily_tag for a billing period, or for some of its providers' billing accounts,
 * from the cost lines of completed imports: delete, then one INSERT ... SELECT ... GROUP BY per table, so the
 * work stays in MariaDB however many lines there are. Categories come from the rules, resolved in Java once per
 * distinct (ServiceCategory, ServiceName, ProviderName, SkuId, ChargeCategory) of the lines, not per line, and
 * joined in from a temporary table; so are the day rates to the reporting currency.
 */
final class LineAggregation {

    private static final String CLASS_TABLE = "tmp_cost_line_class";
    private static final String TAG_KEY_TABLE = "tmp_cost_tag_key";
    // The class table's keys are the GROUP BY of the same lines, so under the same collation each line matches one.
    private static final String CLASS_JOIN = " JOIN " + CLASS_TABLE + " m ON m.provider_name = c.provider_name"
            + " AND m.service_name = c.service_name AND m.sku_id = COALESCE(c.sku_id, '')"
            + " AND m.service_category = c.service_category AND m.charge_category = c.charge_category";
    private static final String FX_JOIN = " LEFT JOIN " + FxDayTable.NAME + " f ON f.billing_currency = c.billing_currency"
            + " AND f.charge_date = DATE(c.charge_period_start)";
    private static final String CONVERTED = "SUM(c.billed_cost), SUM(c.effective_cost), SUM(c.billed_cost * f.rate),"
            + " SUM(c.effective_cost * f.rate), COUNT(*)";
    private static final String DAILY_KEYS = "DATE(c.charge_period_start), c.provider_name, c.billing_account_id,"
            + " c.sub_account_id, c.service_category, c.service_name, m.category, c.region_id,"
            + " IF(m.llm, c.sku_id, NULL), c.charge_category, c.billing_currency";
    private static final String TAG_KEYS = "DATE(c.charge_period_start), k.tag_key,"
            + " LEFT(JSON_VALUE(c.tags, k.json_path), 255), c.provider_name, c.billing_account_id, m.category,"
            + " c.billing_currency";

    private final Connection connection;
    private final YearMonth period;
    private final List<AccountScope> scopes;

    /** @param scopes the billing accounts to rebuild; empty: the whole period */
    LineAggregation(Connection connection, YearMonth period, List<AccountScope> scopes) {
        this.connection = connection;
        this.period = period;
        this.scopes = List.copyOf(scopes);
    }

    /** One distinct kind of line of the scope, with its billing currencies and first and last charge day. */
    private record Kind(String serviceCategory, String serviceName, String providerName, String skuId,
                        String chargeCategory, List<String> currencies, LocalDate first, LocalDate last) {
    }

    void rebuild(CategoryResolver categories, FxConverter rates, String reportingCurrency, List<String> tagKeys)
            throws SQLException {
        List<Kind> kinds = kinds();
        deleteRows("cost_daily");
        deleteRows("cost_daily_tag");
        if (kinds.isEmpty()) {
            return;
        }
        try {
            createClassTable(kinds, categories);
            Set<String> currencies = new TreeSet<>();
            kinds.forEach(k -> currencies.addAll(k.currencies()));
            LocalDate first = kinds.stream().map(Kind::first).min(LocalDate::compareTo).orElseThrow();
            LocalDate last = kinds.stream().map(Kind::last).max(LocalDate::compareTo).orElseThrow();
            FxDayTable.create(connection, DayRate.between(rates, reportingCurrency, currencies, first, last));
            insert("INSERT INTO cost_daily (billing_period, charge_date, provider_name, billing_account_id,"
                    + " sub_account_id, service_category, service_name, category, region_id, sku_id, charge_category,"
                    + " billing_currency, billed_cost, effective_cost, billed_rc, effective_rc, line_count) SELECT ?, "
                    + DAILY_KEYS + ", " + CONVERTED + lines() + CLASS_JOIN + FX_JOIN + where() + " GROUP BY " + DAILY_KEYS);
            if (!tagKeys.isEmpty()) {
                createTagKeyTable(tagKeys);
                insert("INSERT INTO cost_daily_tag (billing_period, charge_date, tag_key, tag_value, provider_name,"
                        + " billing_account_id, category, billing_currency, billed_cost, effective_cost, billed_rc,"
                        + " effective_rc, line_count) SELECT ?, " + TAG_KEYS + ", " + CONVERTED + lines() + CLASS_JOIN
                        + FX_JOIN + " CROSS JOIN " + TAG_KEY_TABLE + " k" + where() + " GROUP BY " + TAG_KEYS);
            }
        } finally {
            Jdbc.execute(connection, "DROP TEMPORARY TABLE IF EXISTS " + CLASS_TABLE,
                    "DROP TEMPORARY TABLE IF EXISTS " + TAG_KEY_TABLE);
            FxDayTable.drop(connection);
        }
    }

    private List<Kind> kinds() throws SQLException {
        String keys = "c.service_category, c.service_name, c.provider_name, COALESCE(c.sku_id, ''), c.charge_category";
        try (PreparedStatement query = connection.prepareStatement("SELECT " + keys
                + ", GROUP_CONCAT(DISTINCT c.billing_currency), MIN(c.charge_period_start), MAX(c.charge_period_start)"
                + lines() + where() + " GROUP BY " + keys)) {
            Jdbc.bind(query, lineParameters());
            List<Kind> kinds = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    kinds.add(new Kind(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), Arrays.asList(rs.getString(6).split(",")),
                            rs.getTimestamp(7).toLocalDateTime().toLocalDate(),
                            rs.getTimestamp(8).toLocalDateTime().toLocalDate()));
                }
            }
            return kinds;
        }
    }

    private void createClassTable(List<Kind> kinds, CategoryResolver categories) throws SQLException {
        Jdbc.execute(connection, "DROP TEMPORARY TABLE IF EXISTS " + CLASS_TABLE, "CREATE TEMPORARY TABLE "
                + CLASS_TABLE + " (service_category VARCHAR(64) NOT NULL, service_name VARCHAR(255) NOT NULL,"
                + " provider_name VARCHAR(255) NOT NULL, sku_id VARCHAR(255) NOT NULL,"
                + " charge_category VARCHAR(16) NOT NULL, category VARCHAR(32) NOT NULL, llm BOOLEAN NOT NULL,"
                + " KEY (provider_name(100), service_name(150), sku_id(150))) ENGINE = InnoDB"
                + " DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci");
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + CLASS_TABLE
                + " (service_category, service_name, provider_name, sku_id, charge_category, category, llm)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Kind kind : kinds) {
                LineClass lineClass = LineClass.of(categories, kind.serviceCategory(), kind.serviceName(),
                        kind.providerName(), kind.skuId().isEmpty() ? null : kind.skuId(), kind.chargeCategory());
                insert.setString(1, kind.serviceCategory());
                insert.setString(2, kind.serviceName());
                insert.setString(3, kind.providerName());
                insert.setString(4, kind.skuId());
                insert.setString(5, kind.chargeCategory());
                insert.setString(6, lineClass.category().name());
                insert.setBoolean(7, lineClass.llm());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void createTagKeyTable(List<String> tagKeys) throws SQLException {
        Jdbc.execute(connection, "DROP TEMPORARY TABLE IF EXISTS " + TAG_KEY_TABLE, "CREATE TEMPORARY TABLE "
                + TAG_KEY_TABLE + " (tag_key VARCHAR(128) COLLATE utf8mb4_bin NOT NULL PRIMARY KEY,"
                + " json_path VARCHAR(200) NOT NULL) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4");
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + TAG_KEY_TABLE + " (tag_key, json_path) VALUES (?, ?)")) {
            for (String key : tagKeys) {
                insert.setString(1, key);
                insert.setString(2, AggregateTagKeys.jsonPath(key));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void insert(String sql) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        parameters.add(Date.valueOf(period.atDay(1)));
        parameters.addAll(lineParameters());
        Jdbc.update(connection, sql, parameters);
    }

    private void deleteRows(String table) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        parameters.add(Date.valueOf(period.atDay(1)));
        scopes.forEach(s -> {
            parameters.add(s.providerName());
            parameters.add(s.billingAccountId());
        });
        Jdbc.update(connection, "DELETE FROM " + table + " WHERE billing_period = ?"
                + scopeCondition("provider_name", "billing_account_id"), parameters);
    }

    /**
     * The completed cost lines, read through the index that finds the period (or its accounts): the optimizer
     * otherwise scans the whole table for a period that is a tenth of it, once per statement and period
     * (measured: 12 s instead of 3 s per period of 78,000 lines in a table of 1M, docs/BENCHMARKS.md).
     */
    private String lines() {
        return " FROM cost_line c FORCE INDEX (" + (scopes.isEmpty() ? "ix_cost_line_billing_period"
                : "ix_cost_line_account_period") + ") JOIN import_batch b ON b.id = c.import_batch_id"
                + " AND b.status = 'COMPLETED'";
    }

    // Billing periods are months; a range rather than equality also finds a bill whose period starts mid-month.
    private String where() {
        return " WHERE c.billing_period_start >= ? AND c.billing_period_start < ?"
                + scopeCondition("c.provider_name", "c.billing_account_id");
    }

    private List<Object> lineParameters() {
        List<Object> parameters = new ArrayList<>();
        parameters.add(Timestamp.valueOf(period.atDay(1).atStartOfDay()));
        parameters.add(Timestamp.valueOf(period.plusMonths(1).atDay(1).atStartOfDay()));
        scopes.forEach(s -> {
            parameters.add(s.providerName());
            parameters.add(s.billingAccountId());
        });
        return parameters;
    }

    private String scopeCondition(String provider, String account) {
        if (scopes.isEmpty()) {
            return "";
        }
        return scopes.stream().map(s -> "(" + provider + " = ? AND " + account + " = ?)")
                .collect(Collectors.joining(" OR ", " AND (", ")"));
    }
}
