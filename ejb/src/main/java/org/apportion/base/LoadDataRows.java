package org.apportion.base;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Rows for {@code LOAD DATA LOCAL INFILE}, built in memory as tab-separated text and fed through MariaDB's
 * driver: MariaDB's bulk path costs a fraction of one INSERT per row (docs/BENCHMARKS.md). The statement runs
 * on the caller's connection, so in a chunk's JTA transaction the rows commit or roll back with its checkpoint.
 * Statements must read {@code FIELDS TERMINATED BY '\t' ESCAPED BY '\\' LINES TERMINATED BY '\n'}.
 */
public final class LoadDataRows {

    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private final StringBuilder tsv;
    private long rows;
    private boolean rowStarted;

    public LoadDataRows(int expectedRows, int bytesPerRow) {
        tsv = new StringBuilder(Math.max(expectedRows, 1) * bytesPerRow);
    }

    /** Appends a field of the current row: null as NULL, amounts in plain notation, text escaped. */
    public LoadDataRows field(Object value) {
        if (rowStarted) {
            tsv.append('\t');
        }
        rowStarted = true;
        switch (value) {
            case null -> tsv.append("\\N");
            case BigDecimal amount -> tsv.append(amount.toPlainString());
            case LocalDateTime time -> DATETIME.formatTo(time, tsv);
            case LocalDate day -> tsv.append(day);
            case Number number -> tsv.append(number);
            default -> escaped(tsv, value.toString());
        }
        return this;
    }

    public LoadDataRows endRow() {
        tsv.append('\n');
        rowStarted = false;
        rows++;
        return this;
    }

    public long rows() {
        return rows;
    }

    public byte[] bytes() {
        return tsv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Runs the statement over these rows; fails unless every row was stored. */
    public void load(Connection connection, String loadDataStatement) throws SQLException {
        if (rows == 0) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            org.mariadb.jdbc.Statement mariadb = statement.unwrap(org.mariadb.jdbc.Statement.class);
            mariadb.setLocalInfileInputStream(new ByteArrayInputStream(bytes()));
            long loaded = mariadb.executeLargeUpdate(loadDataStatement);
            if (loaded != rows) {
                throw new SQLException("LOAD DATA stored " + loaded + " of " + rows + " rows");
            }
        }
    }

    /** LOAD DATA's escapes: a backslash, tab, newline, carriage return or NUL would otherwise end or bend the field. */
    private static void escaped(StringBuilder tsv, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> tsv.append("\\\\");
                case '\t' -> tsv.append("\\t");
                case '\n' -> tsv.append("\\n");
                case '\r' -> tsv.append("\\r");
                case '\0' -> tsv.append("\\0");
                default -> tsv.append(c);
            }
        }
    }
}
