package org.apportion.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apportion.base.Money;
import org.apportion.it.support.ApportionClient;
import org.apportion.it.support.ApportionIT;
import org.apportion.it.support.BillFiles;
import org.apportion.it.support.TestDb;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cost aggregates of the FOCUS sample end to end: the import's completion builds them, the daily and
 * monthly series add up to the cost lines to the last decimal (expected sums read from the database by SQL
 * apart from the application), a restated bill refreshes its billing account's rows, an allocation run fills
 * the cost-center aggregates, and amounts convert to the reporting currency where a rate exists.
 * The sample: billing period 2024-09 with 999 lines (BilledCost USD 20.28022672899) from AWS, Microsoft and
 * Oracle, and one Oracle line of billing period 2024-10, all charged in September 2024.
 */
class CostAggregatesIT extends ApportionIT {

    private static final String FOCUS_SAMPLE = "bills/focus-1.0/focus_sample.csv";
    private static final String COMPLETED_LINES = " FROM cost_line c JOIN import_batch b ON b.id = c.import_batch_id"
            + " AND b.status = 'COMPLETED' ";

    @BeforeEach
    void startFromTheSampleWithTwoTagKeys() throws Exception {
        TestDb.deleteAllImports();
        TestDb.deleteAllAllocations();
        TestDb.deleteAllCostAggregates();
        HttpResponse<String> keys = api.send("PUT", "/settings/aggregate-tag-keys",
                "{\"tagKeys\": [\"environment\", \"business_unit\"]}");
        assertThat(keys.statusCode()).as(keys.body()).isEqualTo(200);
        JsonObject imported = api.importAndWait(ApportionClient.testData(FOCUS_SAMPLE), "focus_sample.csv");
        assertThat(imported.getString("status")).isEqualTo("COMPLETED");
    }

    @Test
    void dailyAndMonthlyTotalsEqualTheCostLinesExactly() throws Exception {
        JsonObject monthly = get("/costs/monthly?from=2024-09&to=2024-10");

        assertThat(monthly.getString("currency")).isEqualTo("USD");
        Map<String, String> byPeriod = points(monthly.getJsonArray("series").getJsonObject(0), "period");
        assertThat(byPeriod).containsEntry("2024-09", "20.28022672899")
                .isEqualTo(sums("SELECT DATE_FORMAT(c.billing_period_start, '%Y-%m'), SUM(c.billed_cost)"
                        + COMPLETED_LINES + "GROUP BY 1"));
        assertThat(points(get("/costs/monthly?from=2024-09&to=2024-10&cost=EffectiveCost")
                .getJsonArray("series").getJsonObject(0), "period"))
                .isEqualTo(sums("SELECT DATE_FORMAT(c.billing_period_start, '%Y-%m'), SUM(c.effective_cost)"
                        + COMPLETED_LINES + "GROUP BY 1"));
        assertThat(get("/costs/monthly?from=2024-09&to=2024-09").getJsonNumber("lines").longValue()).isEqualTo(999);

        JsonObject daily = get("/costs/daily?from=2024-09-01&to=2024-09-30");
        assertThat(daily.getString("total")).isEqualTo(exact(TestDb.decimal("SELECT SUM(c.billed_cost)" + COMPLETED_LINES
                + "WHERE c.charge_period_start >= '2024-09-01' AND c.charge_period_start < '2024-10-01'")));
        assertThat(points(daily.getJsonArray("series").getJsonObject(0), "date"))
                .isEqualTo(sums("SELECT DATE_FORMAT(c.charge_period_start, '%Y-%m-%d'), SUM(c.billed_cost)"
                        + COMPLETED_LINES + "GROUP BY 1"));

        JsonObject state = ApportionClient.json(api.get("/costs/aggregates").body()).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(s -> s.getString("period").equals("2024-09"))
                .findFirst().orElseThrow();
        assertThat(state.getJsonNumber("costLines").longValue()).isEqualTo(999);
        assertThat(state.getString("reportingCurrency")).isEqualTo("USD");
        assertThat(state.getJsonArray("missingFxRates")).isEmpty();
    }

    @Test
    void groupingSplitsTheTotalAsTheLinesDo() throws Exception {
        assertThat(groups(get("/costs/monthly?from=2024-09&to=2024-09&groupBy=ProviderName"), "ProviderName"))
                .isEqualTo(sums("SELECT c.provider_name, SUM(c.billed_cost)" + COMPLETED_LINES
                        + "WHERE c.billing_period_start = '2024-09-01' GROUP BY 1"));

        assertThat(groups(get("/costs/monthly?from=2024-09&to=2024-09&groupBy=category"), "category"))
                .isEqualTo(categoriesByTheRules());

        Map<String, String> byEnvironment = sums("SELECT COALESCE(JSON_VALUE(c.tags, '$.environment'), '(none)'),"
                + " SUM(c.billed_cost)" + COMPLETED_LINES + "WHERE c.charge_period_start < '2024-10-01' GROUP BY 1");
        assertThat(groups(get("/costs/daily?from=2024-09-01&to=2024-09-30&groupBy=tag.environment"),
                "tag.environment")).isEqualTo(byEnvironment);
        assertThat(get("/costs/daily?from=2024-09-01&to=2024-09-30&tag.environment=prod").getString("total"))
                .isEqualTo(byEnvironment.get("prod"));

        Map<String, String> awsServices = sums("SELECT c.service_name, SUM(c.billed_cost)" + COMPLETED_LINES
                + "WHERE c.billing_period_start = '2024-09-01' AND c.provider_name = 'AWS' GROUP BY 1");
        JsonObject top = get("/costs/monthly?from=2024-09&to=2024-09&groupBy=ServiceName&ProviderName=AWS&top=3");
        List<String> largest = awsServices.entrySet().stream()
                .sorted((a, b) -> new BigDecimal(b.getValue()).compareTo(new BigDecimal(a.getValue())))
                .limit(3).map(Map.Entry::getKey).toList();
        assertThat(top.getJsonArray("series").getValuesAs(JsonObject.class))
                .extracting(s -> s.getJsonObject("group").getString("ServiceName")).containsExactlyElementsOf(largest);
        assertThat(top.getJsonObject("others").getInt("groups")).isEqualTo(awsServices.size() - 3);
        assertThat(top.getString("total")).isEqualTo(exact(awsServices.values().stream().map(BigDecimal::new)
                .reduce(BigDecimal.ZERO, BigDecimal::add)));
    }

    @Test
    void refusesWhatItCannotAnswerNamingTheParameter() throws Exception {
        assertThat(problemFields("/costs/daily?from=2024-09-01&to=2024-09-30&groupBy=ProviderName,Provider"))
                .containsExactly("groupBy: unknown dimension Provider; one of ProviderName, BillingAccountId,"
                        + " SubAccountId, ServiceCategory, ServiceName, RegionId, SkuId, ChargeCategory, BillingCurrency,"
                        + " category, costCenter or tag.<key>");
        assertThat(problemFields("/costs/monthly?from=2024-09&to=2024-09&groupBy=tag.team"))
                .singleElement().asString().startsWith("groupBy: tag key team is not aggregated");
        assertThat(problemFields("/costs/monthly?from=2024-09&to=2024-09&groupBy=costCenter,RegionId"))
                .singleElement().asString().startsWith("groupBy: RegionId cannot be combined with costCenter");
        assertThat(problemFields("/costs/monthly?from=2024-09&to=2024-09&currency=EUR"))
                .singleElement().asString().startsWith("currency: costs billed in USD are converted to the reporting");
        HttpResponse<String> badPeriod = api.post("/costs/aggregates/refresh?period=2024-9");
        assertThat(badPeriod.statusCode()).isEqualTo(400);
    }

    @Test
    void aRestatedBillRefreshesItsBillingAccountOnly() throws Exception {
        Map<String, String> before = groups(get("/costs/monthly?from=2024-09&to=2024-09&groupBy=ProviderName"),
                "ProviderName");
        List<String> sample = BillFiles.lines(ApportionClient.testData(FOCUS_SAMPLE));
        List<String> awsOnly = new ArrayList<>(List.of(sample.get(0)));
        sample.stream().skip(1).filter(l -> l.contains(",\"AWS\",")).forEach(awsOnly::add);
        // The first AWS line costs 1.5 more in the restated bill.
        Path restated = BillFiles.write("aggregates_aws_restated.csv",
                BillFiles.withValue(awsOnly, 2, "BilledCost", "1.50000080000"), "\n");

        JsonObject imported = api.importAndWait(restated, "aggregates_aws_restated.csv");

        assertThat(imported.getString("status")).as(imported.toString()).isEqualTo("COMPLETED");
        Map<String, String> after = groups(get("/costs/monthly?from=2024-09&to=2024-09&groupBy=ProviderName"),
                "ProviderName");
        assertThat(after).isEqualTo(sums("SELECT c.provider_name, SUM(c.billed_cost)" + COMPLETED_LINES
                + "WHERE c.billing_period_start = '2024-09-01' GROUP BY 1"));
        assertThat(new BigDecimal(after.get("AWS")).subtract(new BigDecimal(before.get("AWS"))))
                .isEqualByComparingTo("1.5");
        assertThat(after.get("Microsoft")).isEqualTo(before.get("Microsoft"));
        assertThat(get("/costs/monthly?from=2024-09&to=2024-09").getString("total"))
                .isEqualTo(exact(new BigDecimal("20.28022672899").add(new BigDecimal("1.5"))));
        assertThat(TestDb.count("SELECT SUM(line_count) FROM cost_daily WHERE billing_period = '2024-09-01'"))
                .isEqualTo(999);
    }

    @Test
    void anAllocationRunFillsTheCostCenterAggregatesAsItsSummarySays() throws Exception {
        for (String code : List.of("AG-PROD", "AG-DEV")) {
            if (api.get("/cost-centers/" + code).statusCode() == 404) {
                HttpResponse<String> created = api.send("POST", "/cost-centers", "{\"code\": \"" + code
                        + "\", \"name\": \"" + code + "\", \"activeFrom\": \"2024-01-01\"}");
                assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            }
        }
        publish(rule("prod to AG-PROD", 10, "prod", "AG-PROD"));
        publish(rule("dev to AG-DEV", 20, "dev", "AG-DEV"));

        JsonObject run = api.allocateAndWait("2024-09");

        assertThat(run.getString("status")).as(run.toString()).isEqualTo("COMPLETED");
        for (String cost : List.of("BilledCost", "EffectiveCost")) {
            Map<String, String> summary = ApportionClient.json(api.get("/allocations/summary?period=2024-09&cost=" + cost)
                    .body()).getJsonArray("costCenters").getValuesAs(JsonObject.class).stream()
                    .collect(Collectors.toMap(c -> c.getString("code"), c -> c.getString("amount")));
            assertThat(groups(get("/costs/monthly?from=2024-09&to=2024-09&groupBy=costCenter&cost=" + cost),
                    "costCenter")).isEqualTo(summary);
            assertThat(get("/costs/daily?from=2024-08-01&to=2024-10-31&costCenter=AG-PROD&cost=" + cost)
                    .getString("total")).isEqualTo(summary.get("AG-PROD"));
        }
        JsonObject byService = get("/costs/monthly?from=2024-09&to=2024-09&costCenter=AG-DEV&groupBy=ServiceName");
        assertThat(byService.getJsonArray("series")).isNotEmpty();
        assertThat(TestDb.count("SELECT allocation_run_id FROM cost_aggregate_period WHERE billing_period = '2024-09-01'"))
                .isEqualTo(run.getJsonNumber("id").longValue());
    }

    @Test
    void convertsToTheReportingCurrencyWhereARateExistsAndRecordsTheDaysWithout() throws Exception {
        try {
            assertThat(api.send("PUT", "/settings/reporting-currency", "{\"currency\": \"EUR\"}").statusCode())
                    .isEqualTo(200);
            HttpResponse<String> rate = api.sendText("POST", "/fx-rates/import?source=CostAggregatesIT", "text/csv",
                    "date,from,to,rate\n2024-09-15,USD,EUR,0.9\n");
            assertThat(rate.statusCode()).as(rate.body()).isEqualTo(200);
            HttpResponse<String> refreshed = api.post("/costs/aggregates/refresh?period=2024-09");
            assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);

            JsonObject inEuro = get("/costs/monthly?from=2024-09&to=2024-09&currency=EUR");

            String september = COMPLETED_LINES + "WHERE c.billing_period_start = '2024-09-01' AND c.charge_period_start";
            BigDecimal fromTheRate = TestDb.decimal("SELECT SUM(c.billed_cost)" + september + " >= '2024-09-15'");
            BigDecimal beforeIt = TestDb.decimal("SELECT SUM(c.billed_cost)" + september + " < '2024-09-15'");
            assertThat(inEuro.getString("currency")).isEqualTo("EUR");
            assertThat(new BigDecimal(inEuro.getString("total")))
                    .isEqualByComparingTo(fromTheRate.multiply(new BigDecimal("0.9")));
            assertThat(inEuro.getJsonArray("unconverted").getJsonObject(0).getString("currency")).isEqualTo("USD");
            assertThat(inEuro.getJsonArray("unconverted").getJsonObject(0).getString("amount")).isEqualTo(exact(beforeIt));
            JsonObject state = ApportionClient.json(refreshed.body());
            assertThat(state.getString("reportingCurrency")).isEqualTo("EUR");
            assertThat(state.getJsonArray("missingFxRates").getJsonObject(0).getString("currency")).isEqualTo("USD");
            assertThat(state.getJsonArray("missingFxRates").getJsonObject(0).getJsonArray("days")
                    .getValuesAs(JsonString.class)).extracting(JsonString::getString).isNotEmpty()
                    .allMatch(day -> day.compareTo("2024-09-15") < 0);
            assertThat(get("/costs/monthly?from=2024-09&to=2024-09&currency=USD").getString("total"))
                    .as("in the billing currency, exactly").isEqualTo("20.28022672899");
        } finally {
            api.send("PUT", "/settings/reporting-currency", "{\"currency\": \"USD\"}");
            TestDb.execute("DELETE FROM fx_rate WHERE source = 'CostAggregatesIT'");
        }
    }

    /** The category of each distinct kind of line as the category rules in force resolve it, summed by SQL. */
    private Map<String, String> categoriesByTheRules() throws Exception {
        Map<String, BigDecimal> byCategory = new TreeMap<>();
        Map<String, String> resolved = new HashMap<>();
        try (Connection c = TestDb.connect(); PreparedStatement query = c.prepareStatement("SELECT c.service_category,"
                + " c.service_name, c.provider_name, c.sku_id, c.charge_category, SUM(c.billed_cost)" + COMPLETED_LINES
                + "WHERE c.billing_period_start = '2024-09-01' GROUP BY 1, 2, 3, 4, 5");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String path = "/categories/resolve?ServiceCategory=" + encode(rows.getString(1)) + "&ServiceName="
                        + encode(rows.getString(2)) + "&ProviderName=" + encode(rows.getString(3))
                        + (rows.getString(4) == null ? "" : "&SkuId=" + encode(rows.getString(4)))
                        + "&ChargeCategory=" + encode(rows.getString(5));
                String category = resolved.computeIfAbsent(path, p -> {
                    try {
                        return get(p).getString("code");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                byCategory.merge(category, rows.getBigDecimal(6), BigDecimal::add);
            }
        }
        Map<String, String> exact = new TreeMap<>();
        byCategory.forEach((category, amount) -> exact.put(category, exact(amount)));
        return exact;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private JsonObject get(String path) throws Exception {
        HttpResponse<String> answer = api.get(path);
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        return ApportionClient.json(answer.body());
    }

    private List<String> problemFields(String path) throws Exception {
        HttpResponse<String> answer = api.get(path);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        return ApportionClient.json(answer.body()).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field") + ": " + e.getString("message")).toList();
    }

    /** The series' totals by the value of one grouped dimension ({@code (none)} for lines without one). */
    private static Map<String, String> groups(JsonObject answer, String dimension) {
        Map<String, String> totals = new TreeMap<>();
        for (JsonObject series : answer.getJsonArray("series").getValuesAs(JsonObject.class)) {
            JsonObject group = series.getJsonObject("group");
            totals.put(group.isNull(dimension) ? "(none)" : group.getString(dimension), series.getString("total"));
        }
        return totals;
    }

    private static Map<String, String> points(JsonObject series, String key) {
        Map<String, String> points = new TreeMap<>();
        series.getJsonArray("points").getValuesAs(JsonObject.class)
                .forEach(p -> points.put(p.getString(key), p.getString("amount")));
        return points;
    }

    /** Key and exact amount of each row of a two-column query. */
    private static Map<String, String> sums(String sql) throws Exception {
        Map<String, String> sums = new TreeMap<>();
        try (Connection c = TestDb.connect(); PreparedStatement query = c.prepareStatement(sql);
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                sums.put(rows.getString(1), exact(rows.getBigDecimal(2)));
            }
        }
        return sums;
    }

    private static String exact(BigDecimal amount) {
        return Money.exactString(amount);
    }

    private void publish(String rule) throws Exception {
        HttpResponse<String> published = api.send("POST", "/allocation-rules", rule);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
    }

    private static String rule(String name, int priority, String environment, String costCenter) {
        return "{\"name\": \"" + name + "\", \"stage\": \"DIRECT\", \"priority\": " + priority
                + ", \"method\": \"DIRECT\", \"match\": {\"conditions\": [{\"dimension\": \"Tag:environment\","
                + " \"operator\": \"EQUALS\", \"value\": \"" + environment + "\"}]}, \"targets\": [{\"costCenterCode\": \""
                + costCenter + "\"}], \"effectiveFrom\": \"2024-01-01\"}";
    }
}
