package org.apportion.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A sample bill read straight with Commons CSV, apart from the import's own reading, so tests can compute
 * what the import must produce from the source columns themselves.
 */
public final class SourceCsv {

    private SourceCsv() {
    }

    /** The data rows, each by column name; gzip files are recognised by their magic bytes. */
    public static List<CSVRecord> rows(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file));
        in.mark(2);
        boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
        in.reset();
        try (Reader reader = new InputStreamReader(gzip ? new GZIPInputStream(in) : in, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            return parser.getRecords();
        }
    }

    /** Sums an amount per currency, both taken from the row by {@code amount} and {@code currency}. */
    public static Map<String, BigDecimal> totals(List<CSVRecord> rows, Function<CSVRecord, BigDecimal> amount,
                                                 String currencyColumn) {
        Map<String, BigDecimal> totals = new TreeMap<>();
        rows.forEach(r -> totals.merge(r.get(currencyColumn), amount.apply(r), BigDecimal::add));
        return totals;
    }

    /** Sums the cost lines' amounts per billing currency. */
    public static Map<String, BigDecimal> totals(List<CostLine> lines, Function<CostLine, BigDecimal> amount) {
        Map<String, BigDecimal> totals = new TreeMap<>();
        lines.forEach(l -> totals.merge(l.getBillingCurrency(), amount.apply(l), BigDecimal::add));
        return totals;
    }

    /** A decimal column; empty is zero. */
    public static BigDecimal amount(CSVRecord row, String column) {
        String value = row.get(column);
        return value.isBlank() ? BigDecimal.ZERO : new BigDecimal(value);
    }
}
