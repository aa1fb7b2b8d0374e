package org.apportion.generator;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * What the two LLM usage report forms share: a month of daily buckets from {@link LlmUsage}, streamed as one
 * response page of the vendor's admin API through JSON-P (indented, as a person saving the response would keep
 * it), and the token totals of what was written. The forms say how a page, a bucket and a result look.
 */
abstract class UsageReportWriter {

    private static final JsonGeneratorFactory JSON = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private final PeriodSpec spec;
    private final LlmUsage usage;

    UsageReportWriter(PeriodSpec spec, LlmWorkloads.Vendor vendor) {
        this.spec = spec;
        this.usage = new LlmUsage(spec, vendor);
    }

    /** Writes the month's report page to the file and returns its token totals. */
    public TokenTotals writeMonth(YearMonth month, Path file) throws IOException {
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            return writeMonth(month, out);
        }
    }

    /** Writes the month's report page to {@code out} (flushed, not closed) and returns its token totals. */
    public TokenTotals writeMonth(YearMonth month, Writer out) {
        spec.requireCovers(month);
        JsonGenerator json = JSON.createGenerator(out);
        TokenTotals.Counter totals = new TokenTotals.Counter();
        json.writeStartObject();
        startPage(json);
        json.writeStartArray("data");
        for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            json.writeStartObject();
            bucket(json, day);
            json.writeStartArray("results");
            for (LlmUsage.Use use : usage.on(day)) {
                totals.add(use.model(), result(json, use));
            }
            json.writeEnd().writeEnd();
        }
        json.writeEnd();
        json.write("has_more", false).writeNull("next_page");
        json.writeEnd();
        json.flush();
        return totals.totals();
    }

    /** The page's own fields before its {@code data}. */
    abstract void startPage(JsonGenerator json);

    /** The bucket's fields before its {@code results}: when it starts and ends. */
    abstract void bucket(JsonGenerator json, LocalDate day);

    /** Writes one result object and returns the tokens it holds. */
    abstract TokenTotals.Tokens result(JsonGenerator json, LlmUsage.Use use);

    /** The model names the company's workloads of this vendor use (dated snapshots). */
    static List<String> models(LlmWorkloads.Vendor vendor) {
        return new LlmWorkloads(new FictionalCompany()).of(vendor).stream()
                .flatMap(w -> w.models().stream().map(LlmWorkloads.ModelShare::model)).distinct().sorted().toList();
    }
}
