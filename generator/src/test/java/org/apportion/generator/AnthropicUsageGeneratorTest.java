package org.apportion.generator;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.apportion.imports.BillRecord;
import org.apportion.imports.JsonBillFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class AnthropicUsageGeneratorTest {

    private static final PeriodSpec SPEC = new PeriodSpec(8, YearMonth.of(2025, 3), YearMonth.of(2026, 2));
    private static final YearMonth MONTH = YearMonth.of(2025, 9);
    private static String page;
    private static TokenTotals written;
    private static JsonObject parsed;
    private static List<JsonObject> results;

    @BeforeAll
    static void generateAndParse() {
        StringWriter out = new StringWriter();
        written = new AnthropicUsageGenerator(SPEC).writeMonth(MONTH, out);
        page = out.toString();
        parsed = TestFiles.json(page);
        results = parsed.getJsonArray("data").getValuesAs(JsonObject.class).stream()
                .flatMap(bucket -> bucket.getJsonArray("results").getValuesAs(JsonObject.class).stream()).toList();
    }

    @Test
    void thePageIsAMessagesUsageReportOfDailyBuckets() {
        List<JsonObject> buckets = parsed.getJsonArray("data").getValuesAs(JsonObject.class);

        assertThat(parsed.keySet()).containsExactly("data", "has_more", "next_page");
        assertThat(parsed.getBoolean("has_more")).isFalse();
        assertThat(buckets).hasSize(30);
        for (int day = 0; day < buckets.size(); day++) {
            assertThat(Instant.parse(buckets.get(day).getString("starting_at")))
                    .isEqualTo(MONTH.atDay(day + 1).atStartOfDay(ZoneOffset.UTC).toInstant());
            assertThat(Instant.parse(buckets.get(day).getString("ending_at")))
                    .isEqualTo(MONTH.atDay(day + 1).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        assertThat(results).allSatisfy(r -> {
            assertThat(r.keySet()).containsExactly("uncached_input_tokens", "cache_creation", "cache_read_input_tokens",
                    "output_tokens", "server_tool_use", "api_key_id", "workspace_id", "model", "service_tier",
                    "context_window");
            assertThat(r.getJsonObject("cache_creation").keySet())
                    .containsExactly("ephemeral_1h_input_tokens", "ephemeral_5m_input_tokens");
            assertThat(r.getJsonObject("server_tool_use").getJsonNumber("web_search_requests").longValueExact()).isNotNegative();
            assertThat(r.getString("api_key_id")).matches("apikey_01[A-Za-z0-9]{22}");
            assertThat(r.getJsonNumber("uncached_input_tokens").longValueExact()).isNotNegative();
        });
        assertThat(results).extracting(r -> r.get("workspace_id") == JsonValue.NULL ? "default" : r.getString("workspace_id"))
                .contains("default").filteredOn(id -> !id.equals("default")).allMatch(id -> id.matches("wrkspc_01[A-Za-z0-9]{22}"));
        assertThat(results).extracting(r -> r.getString("service_tier")).containsOnly("standard", "batch").contains("batch");
        assertThat(results).extracting(r -> r.getString("context_window")).containsOnly("0-200k", "200k-1M").contains("200k-1M");
        assertThat(results).extracting(r -> r.getJsonObject("server_tool_use").getInt("web_search_requests")).anyMatch(n -> n > 0);
    }

    @Test
    void theTokenTotalsAreTheSumsOfTheResults() {
        ToLongFunction<JsonObject> cacheWrites = r -> number(r.getJsonObject("cache_creation"), "ephemeral_1h_input_tokens")
                + number(r.getJsonObject("cache_creation"), "ephemeral_5m_input_tokens");
        ToLongFunction<JsonObject> input = r -> number(r, "uncached_input_tokens") + number(r, "cache_read_input_tokens")
                + cacheWrites.applyAsLong(r);
        Map<String, Long> outputByModel = results.stream().collect(Collectors.groupingBy(r -> r.getString("model"),
                Collectors.summingLong(r -> number(r, "output_tokens"))));

        assertThat(written.results()).isEqualTo(results.size());
        assertThat(written.total().inputTokens()).isEqualTo(results.stream().mapToLong(input).sum());
        assertThat(written.total().cachedInputTokens()).isEqualTo(results.stream().mapToLong(r -> number(r, "cache_read_input_tokens")).sum());
        assertThat(written.total().cacheWriteInputTokens()).isEqualTo(results.stream().mapToLong(cacheWrites).sum()).isPositive();
        assertThat(written.total().outputTokens()).isEqualTo(results.stream().mapToLong(r -> number(r, "output_tokens")).sum());
        assertThat(written.byModel()).hasSameSizeAs(outputByModel);
        outputByModel.forEach((model, output) -> assertThat(written.byModel().get(model).outputTokens()).isEqualTo(output));
    }

    @Test
    void theModelsAreSeededInThePriceRegistryOrDatedSnapshotsOfThem() throws Exception {
        List<String> seeded = TestFiles.seededModels();

        assertThat(UsageReportWriter.models(LlmWorkloads.Vendor.ANTHROPIC))
                .allMatch(model -> TestFiles.isSeededOrSnapshot("anthropic", model, seeded));
        assertThat(results).extracting(r -> r.getString("model")).contains("claude-sonnet-4-20250514");
    }

    @Test
    void theSameSpecWritesTheSameBytesAndAnotherSeedOthers() {
        StringWriter again = new StringWriter();
        StringWriter otherSeed = new StringWriter();
        new AnthropicUsageGenerator(SPEC).writeMonth(MONTH, again);
        new AnthropicUsageGenerator(new PeriodSpec(9, SPEC.firstMonth(), SPEC.lastMonth())).writeMonth(MONTH, otherSeed);

        assertThat(sha256(again.toString())).isEqualTo(sha256(page));
        assertThat(sha256(otherSeed.toString())).isNotEqualTo(sha256(page));
    }

    @Test
    void usageIsLowerAtWeekendsAndGrowsOverTheYear() {
        AnthropicUsageGenerator generator = new AnthropicUsageGenerator(SPEC);
        List<JsonObject> year = new ArrayList<>();
        for (YearMonth month = SPEC.firstMonth(); !month.isAfter(SPEC.lastMonth()); month = month.plusMonths(1)) {
            StringWriter out = new StringWriter();
            generator.writeMonth(month, out);
            year.addAll(TestFiles.json(out.toString()).getJsonArray("data").getValuesAs(JsonObject.class));
        }
        Map<Boolean, Double> dailyTokensByWeekend = year.stream().collect(Collectors.partitioningBy(AnthropicUsageGeneratorTest::weekend,
                Collectors.averagingLong(bucket -> bucket.getJsonArray("results").getValuesAs(JsonObject.class).stream()
                        .mapToLong(r -> r.getJsonNumber("output_tokens").longValueExact()).sum())));
        long first = generator.writeMonth(SPEC.firstMonth(), new StringWriter()).total().inputTokens();
        long last = generator.writeMonth(SPEC.lastMonth(), new StringWriter()).total().inputTokens();

        assertThat(year).hasSize(365);
        assertThat(dailyTokensByWeekend.get(false)).isGreaterThan(dailyTokensByWeekend.get(true) * 1.2);
        assertThat(last).isGreaterThan(first * 3 / 2);
    }

    @Test
    void theApplicationReadsEveryResultAsARecordWithItsBucket(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("usage.json");
        Files.writeString(file, page);
        long records = 0;
        try (JsonBillFile bill = JsonBillFile.open(file)) {
            assertThat(bill.header()).contains("bucket.starting_at", "bucket.ending_at", "uncached_input_tokens",
                    "cache_creation.ephemeral_1h_input_tokens", "cache_creation.ephemeral_5m_input_tokens",
                    "cache_read_input_tokens", "output_tokens", "server_tool_use.web_search_requests", "workspace_id",
                    "model", "service_tier", "context_window");
            for (Optional<BillRecord> record = bill.next(); record.isPresent(); record = bill.next()) {
                records++;
            }
        }
        assertThat(records).isEqualTo(results.size());
    }

    private static boolean weekend(JsonObject bucket) {
        return Instant.parse(bucket.getString("starting_at")).atZone(ZoneOffset.UTC).getDayOfWeek()
                .compareTo(DayOfWeek.SATURDAY) >= 0;
    }

    private static long number(JsonObject object, String field) {
        return object.getJsonNumber(field).longValueExact();
    }

    private static String sha256(String text) {
        return TestFiles.sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
