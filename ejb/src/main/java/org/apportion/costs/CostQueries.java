package org.apportion.costs;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.apportion.base.FieldProblem;
import org.apportion.base.InvalidFieldsException;
import org.apportion.base.StateConflictException;
import org.apportion.currency.ReportingCurrencyService;
import org.apportion.migration.DatabaseMigration;

/** Answers series queries from the aggregate tables ({@link AggregateTable} picks the table). */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CostQueries {

    /** Rows one query may read: beyond, the question is too fine for a chart (narrow it, or ask monthly). */
    static final int MAX_ROWS = 200_000;

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    private DataSource dataSource;

    @Inject
    private ReportingCurrencyService reportingCurrency;

    @Inject
    private CostAggregateSettings settings;

    /**
     * Reads a query from request parameters (see {@link CostQueryRequest}).
     *
     * @throws InvalidFieldsException naming each parameter at fault
     */
    public CostQuery parse(Granularity granularity, Map<String, List<String>> parameters) {
        return CostQueryRequest.parse(granularity, parameters, Set.copyOf(settings.tagKeys().keys()));
    }

    /**
     * @throws InvalidFieldsException when the answer would be too large, or cannot be in the currency asked
     * @throws StateConflictException when it needs amounts converted to another reporting currency than now's
     */
    public CostSeries series(CostQuery query) {
        AggregateTable table = AggregateTable.forQuery(query.granularity(), query.dimensions())
                .orElseThrow(() -> new IllegalArgumentException("No aggregate keeps " + query.dimensions()));
        CostQuerySql sql = CostQuerySql.of(query, table, MAX_ROWS + 1);
        String reporting = reportingCurrency.reportingCurrency();
        try (Connection connection = dataSource.getConnection()) {
            List<CostRow> rows = sql.run(connection);
            if (rows.size() > MAX_ROWS) {
                throw new InvalidFieldsException("The answer would be too large.", List.of(FieldProblem.of("groupBy",
                        "more than " + MAX_ROWS + " groups and days: group by less, narrow the range or ask monthly")));
            }
            CostSeries series = CostSeriesAssembler.assemble(query, table, rows, reporting);
            if (!series.convertedFrom().isEmpty()) {
                requireConvertedTo(connection, reporting, query);
            }
            return series;
        } catch (SQLException e) {
            throw new IllegalStateException("Cost aggregates could not be read: " + e.getMessage(), e);
        }
    }

    /** Converted amounts are stored in the reporting currency of their refresh: refuse a mix. */
    private static void requireConvertedTo(Connection connection, String reporting, CostQuery query)
            throws SQLException {
        // A charge day may belong to the billing period before or after its month.
        YearMonth first = YearMonth.from(query.from());
        YearMonth last = YearMonth.from(query.to());
        if (query.granularity() == Granularity.DAILY) {
            first = first.minusMonths(1);
            last = last.plusMonths(1);
        }
        List<String> stale = new ArrayList<>();
        try (PreparedStatement check = connection.prepareStatement("SELECT billing_period, reporting_currency"
                + " FROM cost_aggregate_period WHERE reporting_currency <> ? AND billing_period BETWEEN ? AND ?"
                + " ORDER BY billing_period")) {
            check.setString(1, reporting);
            check.setDate(2, Date.valueOf(first.atDay(1)));
            check.setDate(3, Date.valueOf(last.atDay(1)));
            try (ResultSet rs = check.executeQuery()) {
                while (rs.next()) {
                    stale.add(YearMonth.from(rs.getDate(1).toLocalDate()) + " (" + rs.getString(2) + ")");
                }
            }
        }
        if (!stale.isEmpty()) {
            throw new StateConflictException("The aggregates of " + String.join(", ", stale) + " were converted to "
                    + "another currency than the reporting currency " + reporting + ": refresh them with POST "
                    + "/api/v1/costs/aggregates/refresh?period=YYYY-MM, or ask in their billing currency.");
        }
    }
}
