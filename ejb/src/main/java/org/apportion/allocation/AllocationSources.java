package org.apportion.allocation;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the cost lines of a billing period that completed imports hold, in pages ordered by id: a reader
 * that remembers the last id it returned resumes exactly there after a restart.
 */
final class AllocationSources {

    private static final String COLUMNS = """
            SELECT c.id, c.charge_period_start, c.billing_currency, c.billed_cost, c.effective_cost, c.provider_name,
              c.billing_account_id, c.sub_account_id, c.service_name, c.service_category, c.region_id, c.resource_id,
              c.sku_id, c.charge_category, c.tags
            """;
    // Lines of completed imports only, named by batch id: a join to import_batch (a handful of rows) made
    // MariaDB buffer the join and sort the rest of the period for every page.
    private static final String OF_PERIOD = COLUMNS + """
            FROM cost_line c FORCE INDEX (ix_cost_line_period_id)
            WHERE c.billing_period_start = ? AND c.import_batch_id IN (%s) AND c.id > ? ORDER BY c.id LIMIT ?""";
    private static final String SHARED_OF_RUN = COLUMNS + """
            FROM allocation_shared_line s STRAIGHT_JOIN cost_line c ON c.id = s.cost_line_id
            WHERE s.run_id = ? AND c.import_batch_id IN (%s) AND s.cost_line_id > ? ORDER BY s.cost_line_id LIMIT ?""";
    private static final String COMPLETED_BATCHES = """
            SELECT b.id FROM import_batch b JOIN import_batch_period p ON p.import_batch_id = b.id
            WHERE b.status = 'COMPLETED' AND p.billing_period_start = ?""";

    private AllocationSources() {
    }

    static List<AllocationSource> ofPeriod(Connection connection, SourceScope scope, long afterId, int limit,
                                           Function<Map<String, String>, String> category) throws SQLException {
        if (scope.completedBatches().isEmpty()) {
            return List.of();
        }
        try (PreparedStatement statement = connection.prepareStatement(OF_PERIOD.formatted(scope.batchList()))) {
            statement.setTimestamp(1, start(scope.period()));
            statement.setLong(2, afterId);
            statement.setInt(3, limit);
            return read(statement, category);
        }
    }

    static List<AllocationSource> sharedOfRun(Connection connection, long runId, SourceScope scope, long afterId,
                                              int limit, Function<Map<String, String>, String> category)
            throws SQLException {
        if (scope.completedBatches().isEmpty()) {
            return List.of();
        }
        try (PreparedStatement statement = connection.prepareStatement(SHARED_OF_RUN.formatted(scope.batchList()))) {
            statement.setLong(1, runId);
            statement.setLong(2, afterId);
            statement.setInt(3, limit);
            return read(statement, category);
        }
    }

    /** The period and the completed imports that hold lines of it. */
    static SourceScope scope(Connection connection, YearMonth period) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(COMPLETED_BATCHES)) {
            statement.setTimestamp(1, start(period));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return new SourceScope(period, ids);
    }

    private static Timestamp start(YearMonth period) {
        return Timestamp.valueOf(period.atDay(1).atStartOfDay());
    }

    private static List<AllocationSource> read(PreparedStatement statement,
                                               Function<Map<String, String>, String> category) throws SQLException {
        List<AllocationSource> sources = new ArrayList<>();
        // A resource's lines repeat its tags day after day: parse each distinct tag text once per page.
        Map<String, Map<String, String>> tagsByText = new HashMap<>();
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                Map<String, String> dimensions = new HashMap<>();
                put(dimensions, Dimensions.PROVIDER_NAME, rs.getString(6));
                put(dimensions, Dimensions.BILLING_ACCOUNT_ID, rs.getString(7));
                put(dimensions, Dimensions.SUB_ACCOUNT_ID, rs.getString(8));
                put(dimensions, Dimensions.SERVICE_NAME, rs.getString(9));
                put(dimensions, Dimensions.SERVICE_CATEGORY, rs.getString(10));
                put(dimensions, Dimensions.REGION_ID, rs.getString(11));
                put(dimensions, Dimensions.RESOURCE_ID, rs.getString(12));
                put(dimensions, Dimensions.SKU_ID, rs.getString(13));
                put(dimensions, Dimensions.CHARGE_CATEGORY, rs.getString(14));
                put(dimensions, Dimensions.CATEGORY, category.apply(dimensions));
                sources.add(new AllocationSource(rs.getLong(1), rs.getTimestamp(2).toLocalDateTime().toLocalDate(),
                        rs.getString(3), rs.getBigDecimal(4), rs.getBigDecimal(5), dimensions, tagsOf(rs.getString(15), tagsByText)));
            }
        }
        return sources;
    }

    private static void put(Map<String, String> dimensions, String name, String value) {
        if (value != null) {
            dimensions.put(name, value);
        }
    }

    private static Map<String, String> tagsOf(String json, Map<String, Map<String, String>> parsed) {
        return json == null ? Map.of() : parsed.computeIfAbsent(json, AllocationSources::tags);
    }

    /** FOCUS Tags, a JSON object; values that are not text (rare) are matched by their JSON form. */
    static Map<String, String> tags(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        Map<String, String> tags = new HashMap<>();
        try (var reader = AllocationRuleJson.JSON.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            object.forEach((key, value) -> {
                if (value != JsonValue.NULL) {
                    tags.put(key, value instanceof JsonString s ? s.getString() : value.toString());
                }
            });
        }
        return Map.copyOf(tags);
    }

}
