package org.apportion.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.apportion.generator.DemoCompany;
import org.apportion.it.support.ApportionClient;
import org.apportion.it.support.ApportionIT;
import org.apportion.it.support.TestDb;
import org.apportion.launcher.DemoData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data set loaded into the server as {@code ./apportion run} loads it ({@link DemoData} through the REST
 * API: bills, cost centers, rules, telemetry, one allocation run per month), then checked month by month and per
 * billing currency against the stored cost lines: everything is allocated to the cent, and what stays unallocated
 * is small. Every team's cost center is charged.
 */
class DemoDataIT extends ApportionIT {

    /** The demo's EUR/USD rates would convert other tests' EUR lines: they leave with the test. */
    @AfterEach
    void removeTheDemoRates() throws Exception {
        TestDb.execute("DELETE FROM fx_rate WHERE source = 'demo'");
    }


    private static final Logger LOG = Logger.getLogger(DemoDataIT.class.getName());
    /**
     * The demo rules leave only the untagged part (about one resource in seven) of the platform's shared account
     * unallocated: a few dollars of a month's USD bill (0.01 to 0.05 % when this was written), none of the EUR
     * invoice. 0.25 % leaves five times the most seen for the month-to-month draw (a spike on the platform account
     * adds at most about half), yet fails when the rule of even the smallest LLM workload (the Anthropic default
     * workspace's key, about 0.4 % of a month) stops matching. Which lines stay unallocated is checked exactly by
     * the generator's DemoCostModelAllocationTest.
     */
    private static final BigDecimal UNALLOCATED_AT_MOST = new BigDecimal("0.0025");

    @Test
    void everyDemoMonthIsAllocatedToTheCentAndEveryTeamIsCharged() throws Exception {
        TestDb.deleteAllImports();
        TestDb.deleteAllAllocations();
        LocalDate today = LocalDate.now();
        int months = DemoCompany.MONTHS;
        DemoCompany demo = new DemoCompany(DemoCompany.SEED, today, months);
        List<String> printed = new ArrayList<>();
        Instant start = Instant.now();

        DemoData.Outcome outcome = new DemoData(HttpClient.newHttpClient(), ApportionClient.uiUrl().replaceAll("/$", ""),
                line -> {
                    printed.add(line);
                    LOG.info(line);
                }).load(Path.of("target", "demo-data"), today, months);
        LOG.info(() -> "The demo data of " + months + " months loaded and allocated in "
                + Duration.between(start, Instant.now()).toSeconds() + " s");

        assertThat(outcome.filesImported()).as(String.join("\n", printed)).isEqualTo(outcome.files()).isPositive();
        assertThat(outcome.monthsAllocated()).as(String.join("\n", printed)).isEqualTo(months);
        assertThat(storedCurrencies()).containsExactlyInAnyOrderElementsOf(demo.billingCurrencies());
        Map<String, BigDecimal> charged = new HashMap<>();
        for (YearMonth month = demo.firstMonth(); !month.isAfter(demo.lastMonth()); month = month.plusMonths(1)) {
            for (String currency : demo.billingCurrencies()) {
                JsonObject summary = reconciledSummary(month, currency);
                summary.getJsonArray("costCenters").stream().map(JsonValue::asJsonObject).forEach(c -> charged.merge(
                        c.getString("code"), new BigDecimal(c.getString("amount")).max(BigDecimal.ZERO), BigDecimal::add));
            }
            assertReconciledInTheReportingCurrency(month);
        }
        assertThat(demo.costModel().teamCostCenters()).hasSize(18)
                .allSatisfy(code -> assertThat(charged.getOrDefault(code, BigDecimal.ZERO)).as(code).isPositive());
        assertThat(charged.get("UNALLOCATED")).as("the untagged costs of the shared account are shown").isPositive();
    }

    /** USD and EUR lines together, EUR converted at each day's demo rate: still every cent, residual 0. */
    private void assertReconciledInTheReportingCurrency(YearMonth period) throws Exception {
        HttpResponse<String> answer = api.get("/allocations/summary?period=" + period);
        assertThat(answer.statusCode()).as(period + ": " + answer.body()).isEqualTo(200);
        JsonObject summary = ApportionClient.json(answer.body());
        assertThat(summary.getString("currency")).isEqualTo("USD");
        assertThat(summary.getString("allocatedTotal")).as(period.toString()).isEqualTo(summary.getString("sourceTotal"));
        assertThat(summary.getString("residual")).as(period.toString()).isEqualTo("0");
        BigDecimal usdOnly = TestDb.decimal("SELECT SUM(billed_cost) FROM cost_line WHERE billing_currency = 'USD'"
                + " AND DATE_FORMAT(billing_period_start, '%Y-%m') = ?", period.toString());
        assertThat(new BigDecimal(summary.getString("sourceTotal"))).as("USD plus converted EUR").isGreaterThan(usdOnly);
    }

    /** The month's summary in one billing currency, checked against the stored lines; unallocated small. */
    private JsonObject reconciledSummary(YearMonth month, String currency) throws Exception {
        String period = month.toString();
        HttpResponse<String> answer = api.get("/allocations/summary?period=" + period + "&billingCurrency=" + currency);
        assertThat(answer.statusCode()).as(period + " " + currency + ": " + answer.body()).isEqualTo(200);
        JsonObject summary = ApportionClient.json(answer.body());
        BigDecimal stored = TestDb.decimal("SELECT SUM(billed_cost) FROM cost_line WHERE billing_currency = ?"
                + " AND DATE_FORMAT(billing_period_start, '%Y-%m') = ?", currency, period);
        BigDecimal source = new BigDecimal(summary.getString("sourceTotal"));
        BigDecimal unallocated = new BigDecimal(summary.getString("unallocated"));

        assertThat(stored).as(period + " " + currency).isPositive();
        assertThat(source).as(period + " " + currency).isEqualByComparingTo(stored);
        assertThat(summary.getString("allocatedTotal")).as(period + " " + currency).isEqualTo(summary.getString("sourceTotal"));
        assertThat(summary.getString("residual")).as(period + " " + currency).isEqualTo("0");
        assertThat(unallocated).as(period + " " + currency).isNotNegative()
                .isLessThan(source.multiply(UNALLOCATED_AT_MOST));
        return summary;
    }

    private static List<String> storedCurrencies() throws Exception {
        List<String> currencies = new ArrayList<>();
        try (Connection c = TestDb.connect(); Statement statement = c.createStatement();
             ResultSet rs = statement.executeQuery("SELECT DISTINCT billing_currency FROM cost_line")) {
            while (rs.next()) {
                currencies.add(rs.getString(1));
            }
        }
        return currencies;
    }
}
