package org.apportion.telemetry;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apportion.imports.RowProblem;

/**
 * A CSV of usage telemetry with the header {@code date,metric,costCenter,quantity}: one row per day, metric
 * and cost center. Read whole or not at all: {@link #problems()} lists every bad field with its line.
 */
public final class UsageMetricFile {

    static final List<String> HEADER = List.of("date", "metric", "costCenter", "quantity");
    private static final Pattern METRIC = Pattern.compile("[a-z][a-z0-9_.-]{0,63}");
    private static final int MAX_CODE = 64;

    private final List<UsageMetric> metrics = new ArrayList<>();
    private final List<RowProblem> problems = new ArrayList<>();

    private UsageMetricFile() {
    }

    public static UsageMetricFile read(Reader csv) throws IOException {
        UsageMetricFile file = new UsageMetricFile();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(csv, format)) {
            if (!parser.getHeaderNames().containsAll(HEADER)) {
                file.problems.add(new RowProblem(1, null, String.join(",", parser.getHeaderNames()),
                        "the header must name " + String.join(", ", HEADER)));
                return file;
            }
            Set<String> seen = new HashSet<>();
            for (CSVRecord record : parser) {
                file.readRow(record, seen);
            }
        }
        return file;
    }

    private void readRow(CSVRecord record, Set<String> seen) {
        long line = record.getParser().getCurrentLineNumber();
        int before = problems.size();
        LocalDate date = date(record, line);
        String metric = required(record, "metric", line);
        if (metric != null && !METRIC.matcher(metric).matches()) {
            problems.add(new RowProblem(line, "metric", metric, "a metric name is lower case letters, digits, "
                    + "'_', '.' or '-', at most 64, starting with a letter"));
        }
        String costCenter = required(record, "costCenter", line);
        if (costCenter != null && costCenter.length() > MAX_CODE) {
            problems.add(new RowProblem(line, "costCenter", costCenter, "longer than " + MAX_CODE + " characters"));
        }
        BigDecimal quantity = quantity(record, line);
        if (problems.size() == before) {
            if (!seen.add(date + "|" + metric + "|" + costCenter)) {
                problems.add(new RowProblem(line, null, null, "a second row for " + date + ", " + metric + ", "
                        + costCenter));
            } else {
                metrics.add(new UsageMetric(date, metric, costCenter, quantity));
            }
        }
    }

    private String required(CSVRecord record, String column, long line) {
        String value = record.isSet(column) ? record.get(column) : null;
        if (value == null || value.isEmpty()) {
            problems.add(new RowProblem(line, column, null, "required"));
            return null;
        }
        return value;
    }

    private LocalDate date(CSVRecord record, long line) {
        String value = required(record, "date", line);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new RowProblem(line, "date", value, "not a date (YYYY-MM-DD)"));
            return null;
        }
    }

    private BigDecimal quantity(CSVRecord record, long line) {
        String value = required(record, "quantity", line);
        try {
            BigDecimal quantity = value == null ? null : new BigDecimal(value);
            if (quantity != null && quantity.signum() < 0) {
                problems.add(new RowProblem(line, "quantity", value, "negative"));
            }
            return quantity;
        } catch (NumberFormatException e) {
            problems.add(new RowProblem(line, "quantity", value, "not a number"));
            return null;
        }
    }

    public List<UsageMetric> metrics() {
        return List.copyOf(metrics);
    }

    public List<RowProblem> problems() {
        return List.copyOf(problems);
    }
}
