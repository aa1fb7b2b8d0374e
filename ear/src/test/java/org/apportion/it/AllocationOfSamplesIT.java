package org.apportion.it;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apportion.it.support.ApportionClient;
import org.apportion.it.support.ApportionIT;
import org.apportion.it.support.TestDb;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every real sample bill imported together, every billing period they cover allocated by a rule set that uses
 * direct, percentage, even and proportional-to-direct rules, and the shared pool for the rest: for each period
 * and billing currency the summary's source total is the stored lines' total, everything is allocated, and the
 * residual is 0.
 */
class AllocationOfSamplesIT extends ApportionIT {

    private static final Path RESOURCES = Path.of("../ejb/src/test/resources");

    @Test
    void everyPeriodOfEverySampleReconcilesToTheCent() throws Exception {
        TestDb.deleteAllImports();
        TestDb.deleteAllAllocations();
        for (Path sample : samples()) {
            JsonObject batch = api.importAndWait(sample, sample.getFileName().toString());
            assertThat(batch.getString("status")).as(sample + ": " + batch).isEqualTo("COMPLETED");
        }
        for (String code : List.of("SM-A", "SM-B")) {
            if (api.get("/cost-centers/" + code).statusCode() == 404) {
                assertThat(api.send("POST", "/cost-centers", "{\"code\": \"" + code + "\", \"name\": \"" + code
                        + "\", \"activeFrom\": \"2020-01-01\"}").statusCode()).isEqualTo(201);
            }
        }
        publish("AWS evenly", "DIRECT", "EVEN", "{\"dimension\": \"ProviderName\", \"value\": \"AWS\"}",
                "[{\"costCenterCode\": \"SM-A\"}, {\"costCenterCode\": \"SM-B\"}]");
        publish("Azure 70/30", "DIRECT", "FIXED_PERCENT", "{\"dimension\": \"ProviderName\", \"value\": \"Microsoft\"}",
                "[{\"costCenterCode\": \"SM-A\", \"percent\": \"70\"}, {\"costCenterCode\": \"SM-B\", \"percent\": \"30\"}]");
        publish("OpenAI to A", "DIRECT", "DIRECT", "{\"dimension\": \"ProviderName\", \"value\": \"OpenAI\"}",
                "[{\"costCenterCode\": \"SM-A\"}]");
        publish("the rest by direct cost", "SHARED", "PROPORTIONAL_TO_DIRECT", null,
                "[{\"costCenterCode\": \"SM-A\"}, {\"costCenterCode\": \"SM-B\"}]");

        List<String[]> periodsAndCurrencies = periodsAndCurrencies();
        assertThat(periodsAndCurrencies).hasSizeGreaterThan(5);
        for (String period : periodsAndCurrencies.stream().map(p -> p[0]).distinct().toList()) {
            assertThat(api.allocateAndWait(period).getString("status")).as(period).isEqualTo("COMPLETED");
        }
        for (String[] periodAndCurrency : periodsAndCurrencies) {
            String period = periodAndCurrency[0];
            String currency = periodAndCurrency[1];
            HttpResponse<String> answer = api.get("/allocations/summary?period=" + period + "&billingCurrency=" + currency);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            JsonObject summary = ApportionClient.json(answer.body());
            BigDecimal stored = TestDb.decimal("SELECT SUM(billed_cost) FROM cost_line WHERE billing_currency = ?"
                    + " AND DATE_FORMAT(billing_period_start, '%Y-%m') = ?", currency, period);
            assertThat(new BigDecimal(summary.getString("sourceTotal"))).as(period + " " + currency)
                    .isEqualByComparingTo(stored);
            assertThat(summary.getString("allocatedTotal")).isEqualTo(summary.getString("sourceTotal"));
            assertThat(summary.getString("residual")).as(period + " " + currency).isEqualTo("0");
        }
    }

    private static List<Path> samples() {
        return List.of(ApportionClient.testData("bills/focus-1.0/focus_sample.csv"),
                ApportionClient.testData("bills/aws-cur/sample-anonymous-aws-export-dataset.csv"),
                ApportionClient.testData("bills/azure/EA_ActualCost_Small.csv"),
                ApportionClient.testData("bills/azure/sample-anonymous-ea-export-dataset.csv"),
                RESOURCES.resolve("cur2/cur2-hourly-00001.csv.gz"),
                RESOURCES.resolve("oci/reports_cost-csv_0001000000841727.csv"),
                RESOURCES.resolve("org/apportion/imports/gcp/gcp-billing-export.ndjson"),
                RESOURCES.resolve("llm/openai-costs.json"),
                RESOURCES.resolve("llm/anthropic-cost-report.json"));
    }

    private void publish(String name, String stage, String method, String condition, String targets) throws Exception {
        String conditions = condition == null ? "[]" : "[" + condition + "]";
        HttpResponse<String> published = api.send("POST", "/allocation-rules", "{\"name\": \"" + name
                + "\", \"stage\": \"" + stage + "\", \"priority\": 10, \"method\": \"" + method
                + "\", \"match\": {\"conditions\": " + conditions + "}, \"targets\": " + targets
                + ", \"effectiveFrom\": \"2020-01-01\"}");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
    }

    private static List<String[]> periodsAndCurrencies() throws Exception {
        List<String[]> found = new ArrayList<>();
        try (Connection c = TestDb.connect(); Statement statement = c.createStatement();
             ResultSet rs = statement.executeQuery("SELECT DISTINCT DATE_FORMAT(billing_period_start, '%Y-%m'), "
                     + "billing_currency FROM cost_line ORDER BY 1, 2")) {
            while (rs.next()) {
                found.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        return found;
    }
}
