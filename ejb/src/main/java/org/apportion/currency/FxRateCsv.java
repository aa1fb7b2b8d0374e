package org.apportion.currency;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apportion.base.FieldProblem;
import org.apportion.base.InvalidFieldsException;

/**
 * Reads a CSV of exchange rates with the header {@code date,from,to,rate} (any order, optional
 * {@code source}): dates YYYY-MM-DD, ISO 4217 codes, positive decimal rates that fit DECIMAL(38,20).
 * All or nothing: every bad line is reported with its line number (the header is line 1) and column.
 */
public final class FxRateCsv {

    /** One good line of the file. */
    public record Line(long line, FxQuote quote, String source) {
    }

    static final String DATE = "date";
    static final String FROM = "from";
    static final String TO = "to";
    static final String RATE = "rate";
    static final String SOURCE = "source";
    private static final List<String> REQUIRED = List.of(DATE, FROM, TO, RATE);
    private static final Set<String> KNOWN = Set.of(DATE, FROM, TO, RATE, SOURCE);
    private static final int MAX_PROBLEMS = 100;
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setTrim(true).setIgnoreEmptyLines(true).get();

    private final List<FieldProblem> problems = new ArrayList<>();
    private final Map<FxKey, Long> lineByKey = new HashMap<>();
    private final String defaultSource;
    private Map<String, Integer> columns;

    private FxRateCsv(String defaultSource) {
        this.defaultSource = defaultSource;
    }

    /**
     * @param defaultSource the source of lines without a {@code source} value
     * @throws InvalidFieldsException listing every bad line and column (at most 100), or a file without rows
     */
    public static List<Line> read(Reader csv, String defaultSource) {
        return new FxRateCsv(defaultSource).readAll(csv);
    }

    private List<Line> readAll(Reader csv) {
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(csv).setFormat(FORMAT).get()) {
            var records = parser.iterator();
            if (!records.hasNext()) {
                problems.add(FieldProblem.atLine(1, null, "empty file: expected the header date,from,to,rate"));
            }
            if (!records.hasNext() || !header(records.next())) {
                throw invalid("The file has no valid header date,from,to,rate.");
            }
            while (records.hasNext()) {
                CSVRecord record = records.next();
                line(record, parser.getCurrentLineNumber()).ifPresent(lines::add);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // commons-csv reports broken quoting as an I/O problem while iterating
            problems.add(FieldProblem.of(null, "unreadable CSV: " + e.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw invalid("The FX rate file has invalid lines; nothing was imported.");
        }
        if (lines.isEmpty()) {
            problems.add(FieldProblem.atLine(1, null, "no rates after the header"));
            throw invalid("The FX rate file has no rates.");
        }
        return lines;
    }

    private boolean header(CSVRecord header) {
        columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
            if (!KNOWN.contains(name)) {
                problems.add(FieldProblem.atLine(1, name, "unknown column (expected date,from,to,rate[,source])"));
            }
            columns.put(name, i);
        }
        REQUIRED.stream().filter(c -> !columns.containsKey(c))
                .forEach(c -> problems.add(FieldProblem.atLine(1, c, "missing column")));
        return problems.isEmpty();
    }

    private Optional<Line> line(CSVRecord record, long number) {
        int before = problems.size();
        LocalDate date = date(record, number);
        String from = currency(record, number, FROM);
        String to = currency(record, number, TO);
        BigDecimal rate = rate(record, number);
        if (from != null && from.equals(to)) {
            add(number, TO, "same currency as from");
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        Long earlier = lineByKey.putIfAbsent(new FxKey(date, from, to), number);
        if (earlier != null) {
            add(number, DATE, "line " + earlier + " already gives " + from + "/" + to + " on " + date);
            return Optional.empty();
        }
        String source = value(record, SOURCE);
        return Optional.of(new Line(number, new FxQuote(date, new CurrencyPair(from, to), rate),
                source.isEmpty() ? defaultSource : source));
    }

    private LocalDate date(CSVRecord record, long number) {
        String text = required(record, number, DATE);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            add(number, DATE, "not a date (YYYY-MM-DD): " + text);
            return null;
        }
    }

    private String currency(CSVRecord record, long number, String column) {
        String code = required(record, number, column);
        if (code != null && !CurrencyPair.isIsoCode(code)) {
            add(number, column, "not an ISO 4217 currency code: " + code);
            return null;
        }
        return code;
    }

    private BigDecimal rate(CSVRecord record, long number) {
        String text = required(record, number, RATE);
        if (text == null) {
            return null;
        }
        try {
            BigDecimal rate = new BigDecimal(text);
            Optional<String> problem = FxQuote.problemOf(rate);
            problem.ifPresent(why -> add(number, RATE, why + ": " + text));
            return problem.isPresent() ? null : rate;
        } catch (NumberFormatException e) {
            add(number, RATE, "not a decimal number: " + text);
            return null;
        }
    }

    private String required(CSVRecord record, long number, String column) {
        String text = value(record, column);
        if (text.isEmpty()) {
            add(number, column, "required");
            return null;
        }
        return text;
    }

    private String value(CSVRecord record, String column) {
        Integer index = columns.get(column);
        return index == null || index >= record.size() ? "" : record.get(index).strip();
    }

    private void add(long line, String column, String message) {
        problems.add(FieldProblem.atLine(line, column, message));
    }

    private InvalidFieldsException invalid(String message) {
        List<FieldProblem> reported = problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems;
        String more = problems.size() > MAX_PROBLEMS ? " The first " + MAX_PROBLEMS + " of " + problems.size()
                + " problems are listed." : "";
        return new InvalidFieldsException(message + more, reported);
    }

    private record FxKey(LocalDate date, String from, String to) {
    }
}
