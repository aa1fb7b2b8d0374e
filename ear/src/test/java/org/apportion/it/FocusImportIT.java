package org.apportion.it;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import org.apportion.it.support.ApportionClient;
import org.apportion.it.support.ApportionIT;
import org.apportion.it.support.TestDb;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A FOCUS bill through the REST API, the import job on WildFly and EclipseLink into MariaDB. */
class FocusImportIT extends ApportionIT {

    static final Path SAMPLE = ApportionClient.testData("bills/focus-1.0/focus_sample.csv");


    @BeforeEach
    void startFromNoImports() throws Exception {
        TestDb.deleteAllImports();
    }

    @Test
    void importsTheFocusSampleWithExactTotals() throws Exception {
        JsonObject batch = api.importAndWait(SAMPLE, "focus_sample.csv");

        assertThat(batch.getString("status")).isEqualTo("COMPLETED");
        assertThat(batch.getString("format")).isEqualTo("FOCUS");
        assertThat(batch.getString("formatVersion")).isEqualTo("1.0");
        assertThat(batch.getJsonNumber("rowsRead").longValue()).isEqualTo(1000);
        assertThat(batch.getJsonNumber("rowsImported").longValue()).isEqualTo(1000);
        assertThat(batch.getJsonNumber("rowsRejected").longValue()).isZero();
        JsonObject usd = batch.getJsonObject("totals").getJsonObject("USD");
        assertThat(usd.getString("billedCost")).isEqualTo("20.52022672899");
        assertThat(usd.getString("effectiveCost")).isEqualTo("14.97651418586");
        assertThat(Instant.parse(batch.getString("finishedAt")))
                .isAfterOrEqualTo(Instant.parse(batch.getString("submittedAt")));
        assertThat(batch.getJsonArray("billingPeriods").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("billingPeriod")).containsExactly("2024-09", "2024-10");

        long id = batch.getJsonNumber("id").longValue();
        assertThat(TestDb.count("SELECT COUNT(*) FROM cost_line WHERE import_batch_id = ?", id)).isEqualTo(1000);
        assertThat(TestDb.decimal("SELECT SUM(billed_cost) FROM cost_line WHERE import_batch_id = ?", id))
                .isEqualByComparingTo(new BigDecimal("20.52022672899"));
        assertThat(TestDb.count("SELECT COUNT(*) FROM cost_line WHERE import_batch_id = ? "
                + "AND JSON_VALUE(provider_extras, '$.Id') IS NOT NULL", id))
                .as("the non-FOCUS Id column is kept in the provider extras").isEqualTo(1000);
    }

    @Test
    void importsTheFocusSampleAsParquetWithTheSameTotals() throws Exception {
        JsonObject batch = api.importAndWait(ApportionClient.testData("bills/focus-1.0/focus_sample.parquet"),
                "focus_sample.parquet");

        assertThat(batch.getString("status")).as(batch.toString()).isEqualTo("COMPLETED");
        assertThat(batch.getString("format")).isEqualTo("FOCUS");
        assertThat(batch.getJsonNumber("rowsImported").longValue()).isEqualTo(1000);
        JsonObject usd = batch.getJsonObject("totals").getJsonObject("USD");
        assertThat(new BigDecimal(usd.getString("billedCost"))).isEqualByComparingTo("20.52022672899");
        assertThat(new BigDecimal(usd.getString("effectiveCost"))).isEqualByComparingTo("14.97651418586");
    }

    @Test
    void importsTheAwsCostAndUsageReportSampleWithItsExactTotal() throws Exception {
        Path cur = ApportionClient.testData("bills/aws-cur/sample-anonymous-aws-export-dataset.csv");

        JsonObject batch = api.importAndWait(cur, "aws-cur.csv");

        assertThat(batch.getString("status")).isEqualTo("COMPLETED");
        assertThat(batch.getString("format")).isEqualTo("AWS_CUR");
        assertThat(batch.getJsonNumber("rowsImported").longValue()).isEqualTo(1281);
        JsonObject usd = batch.getJsonObject("totals").getJsonObject("USD");
        assertThat(new BigDecimal(usd.getString("billedCost"))).isEqualByComparingTo("1.68230869740");
        assertThat(new BigDecimal(usd.getString("effectiveCost"))).isEqualByComparingTo("1.68230869740");
        long id = batch.getJsonNumber("id").longValue();
        assertThat(TestDb.count("SELECT COUNT(*) FROM cost_line WHERE import_batch_id = ? AND provider_name = 'AWS' "
                + "AND service_category = 'Storage'", id)).isEqualTo(799 + 15);
    }

    @Test
    void importsTheAzureSamplesInTheirBillingCurrencies() throws Exception {
        JsonObject usd = api.importAndWait(ApportionClient.testData("bills/azure/EA_ActualCost_Small.csv"), "ea.csv");
        JsonObject cad = api.importAndWait(
                ApportionClient.testData("bills/azure/sample-anonymous-ea-export-dataset.csv"), "ea-cad.csv");

        assertThat(usd.getString("format")).isEqualTo("AZURE");
        assertThat(usd.getString("formatVersion")).isEqualTo("EA");
        assertThat(usd.getJsonNumber("rowsImported").longValue()).isEqualTo(11);
        assertThat(new BigDecimal(usd.getJsonObject("totals").getJsonObject("USD").getString("billedCost")))
                .isEqualByComparingTo("8.5450077867419368");
        assertThat(cad.getJsonNumber("rowsImported").longValue()).isEqualTo(27);
        assertThat(cad.getJsonObject("totals").keySet()).containsExactly("CAD");
        assertThat(new BigDecimal(cad.getJsonObject("totals").getJsonObject("CAD").getString("billedCost")))
                .isEqualByComparingTo("1.26136926505726");
    }

    @Test
    void refusesTheSameFileTwiceAndStoresNothingNew() throws Exception {
        JsonObject first = api.importAndWait(SAMPLE, "focus_sample.csv");
        long linesAfterFirst = TestDb.count("SELECT COUNT(*) FROM cost_line");

        JsonObject second = api.importAndWait(SAMPLE, "focus_sample-again.csv");

        assertThat(second.getString("status")).isEqualTo("DUPLICATE");
        assertThat(second.getJsonNumber("duplicateOf").longValue()).isEqualTo(first.getJsonNumber("id").longValue());
        assertThat(second.getString("message")).contains("already imported as batch " + first.getJsonNumber("id"));
        assertThat(second.getJsonNumber("rowsImported").longValue()).isZero();
        assertThat(TestDb.count("SELECT COUNT(*) FROM cost_line")).isEqualTo(linesAfterFirst);
    }

    @Test
    void acceptsTheFileAsAMultipartFormField() throws Exception {
        HttpResponse<String> accepted = api.uploadForm(SAMPLE, "focus_sample.csv");

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/api/v1/imports/"));
        JsonObject batch = api.awaitEnd(ApportionClient.json(accepted.body()).getJsonNumber("id").longValue());
        assertThat(batch.getString("fileName")).isEqualTo("focus_sample.csv");
        assertThat(batch.getString("status")).isEqualTo("COMPLETED");
        assertThat(batch.getJsonObject("totals").getJsonObject("USD").getString("billedCost"))
                .isEqualTo("20.52022672899");
    }

    @Test
    void listsBatchesNewestFirstWithTotalCount() throws Exception {
        JsonObject batch = api.importAndWait(SAMPLE, "focus_sample.csv");

        HttpResponse<String> response = api.get("/imports?page=0&size=10");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject page = ApportionClient.json(response.body());
        assertThat(page.getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(page.getJsonArray("items").getJsonObject(0).getJsonNumber("id"))
                .isEqualTo(batch.getJsonNumber("id"));
    }

    @Test
    void answersProblemDetailsForAnUnknownBatchAndAMissingFileName() throws Exception {
        HttpResponse<String> missing = api.get("/imports/987654321");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));

        HttpResponse<String> unnamed = api.upload(SAMPLE, "");
        assertThat(unnamed.statusCode()).isEqualTo(400);
        assertThat(ApportionClient.json(unnamed.body()).getString("detail")).contains("filename");
    }
}
