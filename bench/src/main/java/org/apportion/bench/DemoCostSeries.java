package org.apportion.bench;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apportion.forecast.DailySeries;
import org.apportion.generator.DemoCompany;

/**
 * The demo data set's daily cost series, read straight from its FOCUS bill without a server: BilledCost summed
 * per day of ChargePeriodStart, per team (the {@code team} tag; rows without one, such as tax and commitment fees,
 * under "(untagged)"), per ServiceName, and for the whole bill.
 */
final class DemoCostSeries {

    private static final Pattern TEAM = Pattern.compile("\"team\": \"([^\"]*)\"");

    /** A named daily series: {@code team:x}, {@code service:x} or {@code total}. */
    record Named(String name, DailySeries series) {
    }

    private DemoCostSeries() {
    }

    static List<Named> read(DemoCompany demo, Path directory) throws IOException {
        Path focus = demo.writeTo(directory).stream().filter(f -> f.format().equals("FOCUS")).findFirst().orElseThrow().path();
        LocalDate first = demo.firstMonth().atDay(1);
        LocalDate last = demo.lastMonth().atEndOfMonth();
        Map<String, Map<LocalDate, BigDecimal>> byName = new TreeMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(focus)) {
            for (CSVRecord row : format.parse(in)) {
                BigDecimal cost = new BigDecimal(row.get("BilledCost"));
                LocalDate day = LocalDate.parse(row.get("ChargePeriodStart").substring(0, 10));
                Matcher team = TEAM.matcher(row.get("Tags"));
                add(byName, "team:" + (team.find() ? team.group(1) : "(untagged)"), day, cost);
                add(byName, "service:" + row.get("ServiceName"), day, cost);
                add(byName, "total", day, cost);
            }
        }
        return byName.entrySet().stream()
                .map(e -> new Named(e.getKey(), DailySeries.fromDays(first, last, e.getValue())))
                .toList();
    }

    private static void add(Map<String, Map<LocalDate, BigDecimal>> byName, String name, LocalDate day, BigDecimal cost) {
        byName.computeIfAbsent(name, n -> new HashMap<>()).merge(day, cost, BigDecimal::add);
    }
}
