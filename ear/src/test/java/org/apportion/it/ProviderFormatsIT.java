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
