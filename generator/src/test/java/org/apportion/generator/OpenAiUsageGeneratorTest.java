package org.apportion.generator;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apportion.imports.BillRecord;
import org.apportion.imports.JsonBillFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class OpenAiUsageGeneratorTest {

    private static final PeriodSpec SPEC = new PeriodSpec(3, YearMonth.of(2025, 1), YearMonth.of(2025, 12));
    private static final YearMonth MONTH = YearMonth.of(2025, 6);
    private static String page;
    private static TokenTotals written;
    private static JsonObject parsed;
    private static List<JsonObject> results;

    @BeforeAll
    static void generateAndParse() {
        StringWriter out = new StringWriter();
        written = new OpenAiUsageGenerator(SPEC).writeMonth(MONTH, out);
        page = out.toString();
        parsed = TestFiles.json(page);
        results = parsed.getJsonArray("data").getValuesAs(JsonObject.class).stream()
                .flatMap(bucket -> bucket.getJsonArray("results").getValuesAs(JsonObject.class).stream()).toList();
    }

    @Test
    void thePageIsACompletionsUsagePageOfDailyBuckets() {
        List<JsonObject> buckets = parsed.getJsonArray("data").getValuesAs(JsonObject.class);

        assertThat(parsed.getString("object")).isEqualTo("page");
        assertThat(parsed.getBoolean("has_more")).isFalse();
        assertThat(parsed.isNull("next_page")).isTrue();
        assertThat(buckets).hasSize(30);
        for (int day = 0; day < buckets.size(); day++) {
            JsonObject bucket = buckets.get(day);
            long start = MONTH.atDay(day + 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
            assertThat(bucket.getString("object")).isEqualTo("bucket");
            assertThat(bucket.getJsonNumber("start_time").longValueExact()).isEqualTo(start);
            assertThat(bucket.getJsonNumber("end_time").longValueExact()).isEqualTo(start + 86_400);
            assertThat(bucket.getJsonArray("results")).isNotEmpty();
        }
        assertThat(results).allSatisfy(r -> {
            assertThat(r.getString("object")).isEqualTo("organization.usage.completions.result");
            assertThat(r.keySet()).containsExactly("object", "input_tokens", "output_tokens", "input_cached_tokens",
                    "input_audio_tokens", "output_audio_tokens", "num_model_requests", "project_id", "user_id",
                    "api_key_id", "model", "batch");
            assertThat(r.getString("project_id")).matches("proj_[A-Za-z0-9]{24}");
            assertThat(r.getString("api_key_id")).matches("key_[A-Za-z0-9]{16}");
            assertThat(r.get("user_id")).isEqualTo(JsonValue.NULL);
            assertThat(r.getJsonNumber("input_cached_tokens").longValueExact())
                    .isBetween(0L, r.getJsonNumber("input_tokens").longValueExact());
            assertThat(r.getJsonNumber("num_model_requests").longValueExact()).isPositive();
        });
        assertThat(results).extracting(r -> r.getBoolean("batch")).contains(true, false);
        assertThat(results.stream().map(r -> r.getString("project_id")).distinct()).hasSize(5);
    }

    @Test
    void theTokenTotalsAreTheSumsOfTheResults() {
        Map<String, Long> inputByModel = results.stream().collect(Collectors.groupingBy(r -> r.getString("model"),
                Collectors.summingLong(r -> r.getJsonNumber("input_tokens").longValueExact())));

        assertThat(written.results()).isEqualTo(results.size());
        assertThat(written.total().inputTokens()).isEqualTo(sum("input_tokens"));
        assertThat(written.total().outputTokens()).isEqualTo(sum("output_tokens"));
        assertThat(written.total().cachedInputTokens()).isEqualTo(sum("input_cached_tokens"));
        assertThat(written.total().requests()).isEqualTo(sum("num_model_requests"));
        assertThat(written.byModel()).hasSameSizeAs(inputByModel);
        inputByModel.forEach((model, input) -> assertThat(written.byModel().get(model).inputTokens()).isEqualTo(input));
    }

    @Test
    void theModelsAreSeededInThePriceRegistryOrDatedSnapshotsOfThem() throws Exception {
        List<String> seeded = TestFiles.seededModels();

        assertThat(seeded).contains("openai:gpt-4o", "anthropic:claude-sonnet-4");
        assertThat(UsageReportWriter.models(LlmWorkloads.Vendor.OPENAI))
                .allMatch(model -> TestFiles.isSeededOrSnapshot("openai", model, seeded));
        assertThat(results).extracting(r -> r.getString("model")).contains("gpt-4o-mini-2024-07-18");
    }

    @Test
    void theSameSpecWritesTheSameBytesAndAnotherSeedOthers() {
        StringWriter again = new StringWriter();
        StringWriter otherSeed = new StringWriter();
        new OpenAiUsageGenerator(SPEC).writeMonth(MONTH, again);
        new OpenAiUsageGenerator(new PeriodSpec(4, SPEC.firstMonth(), SPEC.lastMonth())).writeMonth(MONTH, otherSeed);

        assertThat(sha256(again.toString())).isEqualTo(sha256(page));
        assertThat(sha256(otherSeed.toString())).isNotEqualTo(sha256(page));
    }

    @Test
    void usageIsLowerAtWeekendsAndGrowsOverTheYear() {
        OpenAiUsageGenerator generator = new OpenAiUsageGenerator(SPEC);
        List<JsonObject> year = new ArrayList<>();
        for (YearMonth month = SPEC.firstMonth(); !month.isAfter(SPEC.lastMonth()); month = month.plusMonths(1)) {
            StringWriter out = new StringWriter();
            generator.writeMonth(month, out);
            year.addAll(TestFiles.json(out.toString()).getJsonArray("data").getValuesAs(JsonObject.class));
        }
        Map<Boolean, Double> dailyTokensByWeekend = year.stream().collect(Collectors.partitioningBy(OpenAiUsageGeneratorTest::weekend,
                Collectors.averagingLong(bucket -> bucket.getJsonArray("results").getValuesAs(JsonObject.class).stream()
                        .mapToLong(r -> r.getJsonNumber("input_tokens").longValueExact()).sum())));
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
            assertThat(bill.header()).contains("bucket.object", "bucket.start_time", "bucket.end_time", "input_tokens",
                    "input_cached_tokens", "num_model_requests", "project_id", "api_key_id", "model", "batch");
            for (Optional<BillRecord> record = bill.next(); record.isPresent(); record = bill.next()) {
                records++;
            }
        }
        assertThat(records).isEqualTo(results.size());
    }

    private static boolean weekend(JsonObject bucket) {
        LocalDate day = LocalDate.ofInstant(Instant.ofEpochSecond(bucket.getJsonNumber("start_time").longValueExact()), ZoneOffset.UTC);
        return day.getDayOfWeek().compareTo(DayOfWeek.SATURDAY) >= 0;
    }

    private static long sum(String field) {
        return results.stream().map(r -> r.getJsonNumber(field)).mapToLong(JsonNumber::longValueExact).sum();
    }

    private static String sha256(String text) {
        return TestFiles.sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
