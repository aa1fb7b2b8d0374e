package org.apportion.exports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a run's allocated parts with their cost lines a page of cost lines at a time, in cost-line order, so an
 * export never holds a whole period. A page ends on a line boundary: its last line comes with all its parts.
 * The cost line is joined outer: one a restatement has replaced since the run leaves the dimensions its parts kept.
 */
final class FocusExportReader {

    private static final String LAST_LINE_OF_PAGE = """
            SELECT MAX(cost_line_id) FROM (SELECT DISTINCT cost_line_id FROM allocated_cost
              WHERE run_id = ? AND cost_line_id > ? ORDER BY cost_line_id LIMIT ?) page""";
    private static final List<ExportColumn> STORED = ExportColumn.stored();
    private static final String PARTS = """
            SELECT a.cost_line_id, a.cost_center_code, a.stage, a.method, a.rule_id, a.rule_version, a.ratio,
              a.billed_cost, a.effective_cost, %s
            FROM allocated_cost a LEFT JOIN cost_line c ON c.id = a.cost_line_id
            WHERE a.run_id = ? AND a.cost_line_id > ? AND a.cost_line_id <= ?
            ORDER BY a.cost_line_id, a.id""".formatted(
            STORED.stream().map(ExportColumn::source).collect(Collectors.joining(", ")));
    /** The part's own columns come first in PARTS, then the stored columns. */
    private static final int PART_COLUMNS = 9;

    private FocusExportReader() {
    }

    /** The next at most {@code lines} cost lines of the run after {@code afterLineId}, each with its parts. */
    static List<LineParts> page(Connection connection, long runId, long afterLineId, int lines) throws SQLException {
        Long last = lastLineOfPage(connection, runId, afterLineId, lines);
        if (last == null) {
            return List.of();
        }
        try (PreparedStatement statement = connection.prepareStatement(PARTS)) {
            statement.setLong(1, runId);
            statement.setLong(2, afterLineId);
            statement.setLong(3, last);
            try (ResultSet rows = statement.executeQuery()) {
                return grouped(rows);
            }
        }
    }

    private static Long lastLineOfPage(Connection connection, long runId, long afterLineId, int lines)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(LAST_LINE_OF_PAGE)) {
            statement.setLong(1, runId);
            statement.setLong(2, afterLineId);
            statement.setInt(3, lines);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                long last = rows.getLong(1);
                return rows.wasNull() ? null : last;
            }
        }
    }

    private static List<LineParts> grouped(ResultSet rows) throws SQLException {
        List<LineParts> lines = new ArrayList<>();
        OriginCharge origin = null;
        List<AllocatedShare> shares = new ArrayList<>();
        while (rows.next()) {
            long lineId = rows.getLong(1);
            if (origin == null || origin.costLineId() != lineId) {
                if (origin != null) {
                    lines.add(new LineParts(origin, shares));
                }
                origin = origin(rows, lineId);
                shares = new ArrayList<>();
            }
            shares.add(share(rows));
        }
        if (origin != null) {
            lines.add(new LineParts(origin, shares));
        }
        return lines;
    }

    private static AllocatedShare share(ResultSet rows) throws SQLException {
        long ruleId = rows.getLong(5);
        Long rule = rows.wasNull() ? null : ruleId;
        int version = rows.getInt(6);
        Integer ruleVersion = rows.wasNull() ? null : version;
        return new AllocatedShare(rows.getString(2), rows.getString(3), rows.getString(4), rule, ruleVersion,
                rows.getBigDecimal(7), rows.getBigDecimal(8), rows.getBigDecimal(9));
    }

    private static OriginCharge origin(ResultSet rows, long lineId) throws SQLException {
        Map<ExportColumn, Object> values = new EnumMap<>(ExportColumn.class);
        for (int i = 0; i < STORED.size(); i++) {
            ExportColumn column = STORED.get(i);
            Object value = value(rows, PART_COLUMNS + 1 + i, column.kind());
            if (value != null) {
                values.put(column, value);
            }
        }
        return new OriginCharge(lineId, values);
    }

    private static Object value(ResultSet rows, int index, ExportColumn.Kind kind) throws SQLException {
        return switch (kind) {
            case TIMESTAMP -> rows.getObject(index, LocalDateTime.class);
            case UNIT_PRICE, SUMMABLE -> rows.getBigDecimal(index);
            default -> rows.getString(index);
        };
    }
}
