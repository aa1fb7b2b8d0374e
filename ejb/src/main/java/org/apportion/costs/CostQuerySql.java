package org.apportion.costs;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apportion.allocation.CostView;

/**
 * The one SELECT that answers a {@link CostQuery} from an aggregate table: a row per group, day (or billing
 * period) and billing currency, with the amount, its converted part in the reporting currency, the part no rate
 * converted, and the line count. Plain JDBC, so the benchmark times exactly what the application runs.
 */
public record CostQuerySql(AggregateTable table, String sql, List<Object> parameters, int groupColumns) {

    public static CostQuerySql of(CostQuery query, AggregateTable table, int rowLimit) {
        String amount = query.cost() == CostView.BilledCost ? "billed_cost" : "effective_cost";
        String converted = query.cost() == CostView.BilledCost ? "billed_rc" : "effective_rc";
        String bucket = query.granularity() == Granularity.DAILY ? "charge_date" : "billing_period";
        List<String> groupColumns = query.groupBy().stream().map(CostDimension::column).toList();
        List<String> keys = new ArrayList<>(groupColumns);
        keys.add(bucket);
        keys.add("billing_currency");
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder(bucket).append(" BETWEEN ? AND ?");
        parameters.add(Date.valueOf(query.from()));
        parameters.add(Date.valueOf(query.to()));
        if (table.family() == AggregateTable.Family.TAGS) {
            where.append(" AND tag_key = ?");
            parameters.add(query.tagKey());
        }
        for (Map.Entry<CostDimension, List<String>> filter : query.filters().entrySet()) {
            where.append(" AND ").append(filter.getKey().column()).append(" IN (")
                    .append(filter.getValue().stream().map(v -> "?").collect(Collectors.joining(", "))).append(')');
            parameters.addAll(filter.getValue());
        }
        String select = String.join(", ", keys);
        String sql = "SELECT " + select + ", SUM(" + amount + "), SUM(" + converted + "), SUM(CASE WHEN " + converted
                + " IS NULL THEN " + amount + " END), SUM(line_count) FROM " + table.tableName() + " WHERE " + where
                + " GROUP BY " + select + " LIMIT " + rowLimit;
        return new CostQuerySql(table, sql, List.copyOf(parameters), groupColumns.size());
    }

    /** Runs the query and reads its rows. */
    public List<CostRow> run(Connection connection) throws SQLException {
        int groups = groupColumns;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            List<CostRow> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    List<String> group = new ArrayList<>(groups);
                    for (int i = 1; i <= groups; i++) {
                        group.add(rs.getString(i));
                    }
                    BigDecimal amount = rs.getBigDecimal(groups + 3);
                    rows.add(new CostRow(group, rs.getDate(groups + 1).toLocalDate(), rs.getString(groups + 2),
                            amount, rs.getBigDecimal(groups + 4), rs.getBigDecimal(groups + 5), rs.getLong(groups + 6)));
                }
            }
            return rows;
        }
    }
}
