package org.apportion.it;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.apportion.it.support.ApportionIT;
import org.apportion.it.support.TestDb;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each provider format through the REST API and the import job: recognised from its content, stored with the
 * row count and exact totals of the sample (figures summed from the samples' own columns; LLM usage priced
 * with the seeded registry prices, see the unit tests of each format).
 */
class ProviderFormatsIT extends ApportionIT {

    static final Path SAMPLES = Path.of("../ejb/src/test/resources");

    @BeforeEach
    void startFromNoImports() throws Exception {
        TestDb.deleteAllImports();
    }

    @ParameterizedTest
    @CsvSource({
            "cur2/cur2-hourly-00001.csv.gz, AWS_CUR2, 2.0, 18, USD, 4929.2341450003, 78.4470450003",
            "oci/reports_cost-csv_0001000000841727.csv, OCI, , 7, EUR, 0.208012635, 0.208012635",
            "llm/openai-usage-completions.json, OPENAI, completions, 7, USD, 18.091515775, 18.091515775",
            "llm/openai-costs.json, OPENAI, costs, 7, USD, 12.0723816500000004, 12.0723816500000004",
            "llm/anthropic-usage-messages.json, ANTHROPIC, messages, 5, USD, 45.083971, 45.083971",
            "llm/anthropic-cost-report.json, ANTHROPIC, cost_report, 9, USD, 26.34893525, 26.34893525"})
    void importsTheSampleWithItsExactTotals(String sample, String format, String version, long rows, String currency,
                                            BigDecimal billed, BigDecimal effective) throws Exception {
        Path file = SAMPLES.resolve(sample);

        JsonObject batch = api.importAndWait(file, file.getFileName().toString());

        assertThat(batch.getString("status")).as(batch.toString()).isEqualTo("COMPLETED");
        assertThat(batch.getString("format")).isEqualTo(format);
        if (version != null) {
            assertThat(batch.getString("formatVersion")).isEqualTo(version);
        }
        assertThat(batch.getJsonNumber("rowsImported").longValue()).isEqualTo(rows);
        assertThat(batch.getJsonObject("totals").keySet()).containsExactly(currency);
        JsonObject totals = batch.getJsonObject("totals").getJsonObject(currency);
        assertThat(new BigDecimal(totals.getString("billedCost"))).isEqualByComparingTo(billed);
        assertThat(new BigDecimal(totals.getString("effectiveCost"))).isEqualByComparingTo(effective);
        long id = batch.getJsonNumber("id").longValue();
        assertThat(TestDb.decimal("SELECT SUM(billed_cost) FROM cost_line WHERE import_batch_id = ?", id))
                .isEqualByComparingTo(billed);
    }

    /**
     * A cost report imported after the usage of the same month keeps the provider's amounts and restates the
     * usage, but first counts each token line's tokens in that usage, prices them from the seeded registry and
     * records the variance (figures by hand from the samples: see the comments).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // 5,830,211 input − 2,100,000 cached = 3,730,211 × USD 0.15 / M; OpenAI billed 0.8595316500000001
            "llm/openai-usage-completions.json | llm/openai-costs.json | "
                    + "charge_description = 'gpt-4o-mini-2024-07-18, input' | 3730211 | 0.55953165 | 0.3000000000000001",
            // (1,410,032 − 512,000) × USD 2.50 / M on 31 March; OpenAI billed 2.2450800000000003 (its float)
            "llm/openai-usage-completions.json | llm/openai-costs.json | "
                    + "charge_description = 'gpt-4o-2024-08-06, input' AND DAY(charge_period_start) = 31 | 898032 | 2.24508 "
                    + "| 0.0000000000000003",
            // 401,227 output × USD 15 / M on 1 October; billed 601.8405 cents
            "llm/anthropic-usage-messages.json | llm/anthropic-cost-report.json | "
                    + "sku_id = 'claude-sonnet-4-5-20250929' AND provider_extras LIKE '%output_tokens%' | 401227 | 6.018405 | 0"})
    void aCostReportAfterUsageRecordsTheVarianceAgainstTheRegistry(String usage, String costs, String line,
                                                                    long tokens, BigDecimal registry,
                                                                    BigDecimal variance) throws Exception {
        JsonObject usageBatch = api.importAndWait(SAMPLES.resolve(usage), Path.of(usage).getFileName().toString());
        JsonObject costBatch = api.importAndWait(SAMPLES.resolve(costs), Path.of(costs).getFileName().toString());

        assertThat(costBatch.getString("status")).as(costBatch.toString()).isEqualTo("COMPLETED");
        long id = costBatch.getJsonNumber("id").longValue();
        String where = " FROM cost_line WHERE import_batch_id = ? AND " + line;
        assertThat(TestDb.count("SELECT COUNT(*)" + where, id)).isEqualTo(1);
        assertThat(TestDb.decimal("SELECT consumed_quantity" + where, id)).isEqualByComparingTo(BigDecimal.valueOf(tokens));
        assertThat(TestDb.decimal("SELECT x_registry_cost" + where, id)).isEqualByComparingTo(registry);
        assertThat(TestDb.decimal("SELECT x_price_variance" + where, id)).isEqualByComparingTo(variance);
        assertThat(TestDb.count("SELECT COUNT(*) FROM cost_line u WHERE u.import_batch_id = ? AND u.billing_period_start"
                + " IN (SELECT c.billing_period_start FROM cost_line c WHERE c.import_batch_id = ?)",
                usageBatch.getJsonNumber("id").longValue(), id)).as("usage of the cost report's months restated").isZero();
        assertThat(TestDb.count("SELECT COUNT(*) FROM cost_line WHERE import_batch_id = ? AND x_price_variance IS NULL"
                + " AND (sku_id IS NULL OR charge_description = 'web search tool calls')", id))
                .as("lines billing no tokens stay without a variance").isGreaterThan(0);
    }

    /** Net cost (cost + credits) per currency, the same whichever form BigQuery exported. */
    @ParameterizedTest
    @CsvSource({"gcp-billing-export.ndjson", "gcp-billing-export.ndjson.gz", "gcp-billing-export.csv"})
    void importsTheGoogleCloudExportInEachFormWithNetCostPerCurrency(String sample) throws Exception {
        Path file = SAMPLES.resolve("org/apportion/imports/gcp").resolve(sample);

        JsonObject batch = api.importAndWait(file, sample);

        assertThat(batch.getString("status")).as(batch.toString()).isEqualTo("COMPLETED");
        assertThat(batch.getString("format")).isEqualTo("GCP");
        assertThat(batch.getJsonNumber("rowsImported").longValue()).isEqualTo(13);
        assertThat(batch.getJsonObject("totals").keySet()).containsExactly("EUR", "USD");
        assertThat(new BigDecimal(batch.getJsonObject("totals").getJsonObject("USD").getString("billedCost")))
                .isEqualByComparingTo("2.274133");
        assertThat(new BigDecimal(batch.getJsonObject("totals").getJsonObject("EUR").getString("billedCost")))
                .isEqualByComparingTo("0.134082");
    }
}
