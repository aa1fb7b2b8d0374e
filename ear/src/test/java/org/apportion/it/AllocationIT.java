package org.apportion.it;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apportion.it.support.ApportionClient;
import org.apportion.it.support.ApportionIT;
import org.apportion.it.support.TestDb;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Allocation of the FOCUS sample's September 2024 (999 lines, USD 20.28022672899 billed) end to end: cost
 * centers, usage telemetry and one rule of each method published through the API, the allocate job, then the
 * summary, the explanation, a preview and a re-run.
 * <p>
 * Expected amounts were worked out apart from Apportion (a short script over the sample CSV applying the
 * rules in priority order, each line split by largest remainder at its own decimals):
 * PEORIA takes the business_unit=PeoriaData lines whole; prod lines split 60/40 A/B; dev lines evenly over A, B
 * and C; Microsoft lines by the day's tokens (A 3 : B 1, B none on 10 September); sub accounts 1893* and
 * Storage lines go to C; Networking lines are a shared pool split by A, B and C's direct costs; the rest
 * stays UNALLOCATED.
 */
class AllocationIT extends ApportionIT {

    private static final String FOCUS_SAMPLE = "bills/focus-1.0/focus_sample.csv";

    @BeforeEach
    void startFromTheSampleAndNoRules() throws Exception {
        TestDb.deleteAllImports();
        TestDb.deleteAllAllocations();
        JsonObject imported = api.importAndWait(ApportionClient.testData(FOCUS_SAMPLE), "focus_sample.csv");
        assertThat(imported.getString("status")).isEqualTo("COMPLETED");
        for (String code : List.of("AL-CO", "AL-PEORIA", "AL-TEAM-A", "AL-TEAM-B", "AL-TEAM-C")) {
            if (api.get("/cost-centers/" + code).statusCode() == 404) {
                String parent = code.equals("AL-CO") ? "" : ", \"parentCode\": \"AL-CO\"";
                HttpResponse<String> created = api.send("POST", "/cost-centers", "{\"code\": \"" + code
                        + "\", \"name\": \"" + code + "\", \"activeFrom\": \"2024-01-01\"" + parent + "}");
                assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            }
        }
        StringBuilder usage = new StringBuilder("date,metric,costCenter,quantity\n");
        for (LocalDate day = LocalDate.of(2024, 9, 1); day.getMonthValue() == 9; day = day.plusDays(1)) {
            usage.append(day).append(",tokens,AL-TEAM-A,3\n");
            usage.append(day).append(",tokens,AL-TEAM-B,").append(day.getDayOfMonth() == 10 ? "0" : "1").append('\n');
        }
        HttpResponse<String> loaded = api.sendText("POST", "/usage-metrics/import", "text/csv", usage.toString());
        assertThat(loaded.statusCode()).as(loaded.body()).isEqualTo(200);
        publishTheRules("60", "40");
    }

    @Test
    void allocatesEveryCentOfThePeriodByEachMethod() throws Exception {
        JsonObject run = api.allocateAndWait("2024-09");

        assertThat(run.getString("status")).as(run.toString()).isEqualTo("COMPLETED");
        assertThat(run.getJsonNumber("sourceLines").longValue()).isEqualTo(999);
        JsonObject summary = summary("period=2024-09");
        assertThat(summary.getString("currency")).isEqualTo("USD");
        assertThat(summary.getString("sourceTotal")).isEqualTo("20.28022672899");
        assertThat(summary.getString("allocatedTotal")).isEqualTo("20.28022672899");
        assertThat(summary.getString("residual")).isEqualTo("0");
        assertThat(summary.getString("unallocated")).isEqualTo("-2.1938259166");
        assertThat(amounts(summary)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "AL-PEORIA", "15.9580993182",
                "AL-TEAM-A", "3.48955327214",
                "AL-TEAM-B", "2.02654142504",
                "AL-TEAM-C", "0.99985863021",
                "UNALLOCATED", "-2.1938259166"));
        assertThat(summary.getJsonArray("costCenters").getValuesAs(JsonObject.class))
                .anySatisfy(c -> assertThat(c.getString("name")).isEqualTo("Unallocated"));
        // AL-CO is the parent of the four: its roll-up is their sum, 15.9580993182 + 3.48955327214 + ...
        assertThat(summary.getJsonArray("rollUp").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("code").equals("AL-CO")).findFirst().orElseThrow().getString("amount"))
                .isEqualTo("22.47405264559");

        JsonObject amortized = summary("period=2024-09&cost=EffectiveCost");
        assertThat(amortized.getString("sourceTotal")).isEqualTo("14.97651418586");
        assertThat(amortized.getString("residual")).isEqualTo("0");
        assertThat(amounts(amortized)).containsEntry("AL-TEAM-A", "1.48263664823").containsEntry("AL-TEAM-B", "0.49387753763");
        assertThat(TestDb.count("SELECT COUNT(DISTINCT cost_line_id) FROM allocated_cost WHERE run_id = ?",
                run.getJsonNumber("id").longValue())).isEqualTo(999);
    }

    @Test
    void explainsACostCentersAmountByRuleMethodAndRatio() throws Exception {
        api.allocateAndWait("2024-09");

        JsonObject explained = ApportionClient.json(api.get("/allocations/explain?period=2024-09&costCenter=AL-TEAM-A").body());
        List<JsonObject> rules = explained.getJsonArray("currencies").getJsonObject(0).getJsonArray("rules")
                .getValuesAs(JsonObject.class);
        assertThat(rules).extracting(r -> r.getString("method"))
                .containsExactlyInAnyOrder("FIXED_PERCENT", "EVEN", "USAGE_METRIC", "PROPORTIONAL_TO_DIRECT");
        assertThat(rules.stream().map(r -> new BigDecimal(r.getString("amount"))).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("3.48955327214");
        JsonObject percent = rules.stream().filter(r -> r.getString("method").equals("FIXED_PERCENT")).findFirst().orElseThrow();
        assertThat(percent.getString("ruleName")).isEqualTo("prod 60/40");
        assertThat(percent.getString("minRatio")).isEqualTo("0.6");
        // A line of zero goes whole, at ratio 1, to the first target (the sample's prod lines include some).
        assertThat(percent.getString("maxRatio")).isEqualTo("1");
        assertThat(percent.getJsonNumber("lines").longValue()).isEqualTo(234);
    }

    @Test
    void previewsADraftWithoutChangingThePublishedResult() throws Exception {
        api.allocateAndWait("2024-09");
        String draft = rules("50", "50").stream().collect(Collectors.joining(",", "[", "]"));

        HttpResponse<String> answer = api.send("POST", "/allocation-rules/preview",
                "{\"period\": \"2024-09\", \"rules\": " + draft + "}");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        Map<String, String> deltas = ApportionClient.json(answer.body()).getJsonArray("costCenters")
                .getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(c -> c.getString("code"), c -> c.getString("delta")));
        assertThat(deltas).containsEntry("AL-TEAM-A", "-0.210062097").containsEntry("AL-TEAM-B", "0.2103620969")
                .containsEntry("AL-TEAM-C", "-0.0002999999").containsEntry("AL-PEORIA", "0")
                .containsEntry("UNALLOCATED", "0");
        assertThat(amounts(summary("period=2024-09"))).containsEntry("AL-TEAM-A", "3.48955327214");
    }

    @Test
    void reRunningAPeriodKeepsTheEarlierResultInHistory() throws Exception {
        JsonObject first = api.allocateAndWait("2024-09");
        JsonObject rule = ApportionClient.json(api.get("/allocation-rules").body()).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getString("name").equals("prod 60/40"))
                .findFirst().orElseThrow();
        HttpResponse<String> revised = api.send("PUT", "/allocation-rules/" + rule.getJsonNumber("id"),
                rules("50", "50").get(1));
        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
        assertThat(ApportionClient.json(revised.body()).getInt("version")).isEqualTo(2);

        JsonObject second = api.allocateAndWait("2024-09");

        long firstId = first.getJsonNumber("id").longValue();
        assertThat(ApportionClient.json(api.get("/allocations/runs/" + firstId).body()).getString("status"))
                .isEqualTo("SUPERSEDED");
        assertThat(amounts(summary("period=2024-09"))).containsEntry("AL-TEAM-A", "3.27949117514");
        assertThat(amounts(summary("period=2024-09&run=" + firstId))).containsEntry("AL-TEAM-A", "3.48955327214");
        assertThat(summary("period=2024-09").getJsonNumber("runId").longValue())
                .isEqualTo(second.getJsonNumber("id").longValue());
    }

    /**
     * The database fails once the direct stage passes the 500th line (chunks of 100 here): the run fails with
     * the chunks before committed; restarted, it continues from its checkpoint and ends as an uninterrupted
     * run does, every line placed once.
     */
    @Test
    void aFailedRunRestartsFromItsCheckpointAndEndsTheSame() throws Exception {
        TestDb.execute("DROP TRIGGER IF EXISTS it_allocation_fault");
        TestDb.execute("CREATE TRIGGER it_allocation_fault BEFORE INSERT ON allocated_cost FOR EACH ROW "
                + "BEGIN IF NEW.cost_line_id > (SELECT MIN(id) + 500 FROM cost_line) THEN "
                + "SIGNAL SQLSTATE '08S01' SET MESSAGE_TEXT = 'injected fault: the database went away'; END IF; END");
        JsonObject failed;
        try {
            failed = api.allocateAndWait("2024-09");
        } finally {
            TestDb.execute("DROP TRIGGER IF EXISTS it_allocation_fault");
        }
        assertThat(failed.getString("status")).isEqualTo("FAILED");
        long id = failed.getJsonNumber("id").longValue();
        // Lines the direct stage placed, and lines it left to the shared pool: whole chunks of 100.
        long readBeforeRestart = TestDb.count("SELECT COUNT(DISTINCT cost_line_id) FROM allocated_cost WHERE run_id = ?", id)
                + TestDb.count("SELECT COUNT(*) FROM allocation_shared_line WHERE run_id = ?", id);
        assertThat(readBeforeRestart).as("the chunks committed before the fault").isBetween(100L, 500L);
        assertThat(readBeforeRestart % 100).isZero();

        HttpResponse<String> restarted = api.post("/allocations/runs/" + id + "/restart");
        assertThat(restarted.statusCode()).as(restarted.body()).isEqualTo(202);
        JsonObject run = api.awaitAllocationRun(id);

        assertThat(run.getString("status")).as(run.toString()).isEqualTo("COMPLETED");
        assertThat(TestDb.count("SELECT COUNT(*) FROM (SELECT cost_line_id, cost_center_code FROM allocated_cost "
                + "WHERE run_id = ? GROUP BY cost_line_id, cost_center_code HAVING COUNT(*) > 1) twice", id))
                .as("no line placed twice on a cost center").isZero();
        JsonObject summary = summary("period=2024-09");
        assertThat(summary.getString("residual")).isEqualTo("0");
        assertThat(amounts(summary)).containsEntry("AL-TEAM-A", "3.48955327214").containsEntry("AL-TEAM-C", "0.99985863021");
    }

    @Test
    void refusesARuleWhosePercentagesDoNotAddUpNamingTheField() throws Exception {
        HttpResponse<String> refused = api.send("POST", "/allocation-rules", """
                {"name": "bad split", "stage": "DIRECT", "priority": 5, "method": "FIXED_PERCENT",
                 "match": {"conditions": [{"dimension": "Tag:environment", "operator": "EQUALS", "value": "qa"}]},
                 "targets": [{"costCenterCode": "AL-TEAM-A", "percent": "60"},
                             {"costCenterCode": "AL-NOWHERE", "percent": "30"}],
                 "effectiveFrom": "2024-01-01"}""");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(ApportionClient.json(refused.body()).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field") + ": " + e.getString("message"))
                .containsExactlyInAnyOrder("targets: The percentages must add up to 100, they add up to 90.",
                        "targets[1].costCenterCode: No cost center AL-NOWHERE.");
    }

    private void publishTheRules(String teamAPercent, String teamBPercent) throws Exception {
        for (String rule : rules(teamAPercent, teamBPercent)) {
            HttpResponse<String> published = api.send("POST", "/allocation-rules", rule);
            assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        }
    }

    private static List<String> rules(String teamAPercent, String teamBPercent) {
        return List.of(
                rule("Peoria business unit", "DIRECT", 10, "DIRECT", "Tag:business_unit", "EQUALS", "PeoriaData",
                        "[{\"costCenterCode\": \"AL-PEORIA\"}]", null),
                rule("prod 60/40", "DIRECT", 20, "FIXED_PERCENT", "Tag:environment", "EQUALS", "prod",
                        "[{\"costCenterCode\": \"AL-TEAM-A\", \"percent\": \"" + teamAPercent + "\"},"
                                + " {\"costCenterCode\": \"AL-TEAM-B\", \"percent\": \"" + teamBPercent + "\"}]", null),
                rule("dev evenly", "DIRECT", 30, "EVEN", "Tag:environment", "EQUALS", "dev", threeTeams(), null),
                rule("Azure by tokens", "DIRECT", 40, "USAGE_METRIC", "ProviderName", "EQUALS", "Microsoft",
                        "[{\"costCenterCode\": \"AL-TEAM-A\"}, {\"costCenterCode\": \"AL-TEAM-B\"}]", "tokens"),
                rule("accounts 1893*", "DIRECT", 45, "DIRECT", "SubAccountId", "GLOB", "1893*",
                        "[{\"costCenterCode\": \"AL-TEAM-C\"}]", null),
                rule("storage", "DIRECT", 60, "DIRECT", "Category", "EQUALS", "STORAGE",
                        "[{\"costCenterCode\": \"AL-TEAM-C\"}]", null),
                rule("shared network", "SHARED", 10, "PROPORTIONAL_TO_DIRECT", "ServiceCategory", "EQUALS",
                        "Networking", threeTeams(), null));
    }

    private static String threeTeams() {
        return "[{\"costCenterCode\": \"AL-TEAM-A\"}, {\"costCenterCode\": \"AL-TEAM-B\"}, {\"costCenterCode\": \"AL-TEAM-C\"}]";
    }

    private static String rule(String name, String stage, int priority, String method, String dimension,
                               String operator, String value, String targets, String metric) {
        return "{\"name\": \"" + name + "\", \"stage\": \"" + stage + "\", \"priority\": " + priority
                + ", \"method\": \"" + method + "\", \"match\": {\"conditions\": [{\"dimension\": \"" + dimension
                + "\", \"operator\": \"" + operator + "\", \"value\": \"" + value + "\"}]}, \"targets\": " + targets
                + (metric == null ? "" : ", \"metric\": \"" + metric + "\"") + ", \"effectiveFrom\": \"2024-01-01\"}";
    }

    private JsonObject summary(String query) throws Exception {
        HttpResponse<String> answer = api.get("/allocations/summary?" + query);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return ApportionClient.json(answer.body());
    }

    private static Map<String, String> amounts(JsonObject summary) {
        return summary.getJsonArray("costCenters").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(c -> c.getString("code"), c -> c.getString("amount")));
    }
}
