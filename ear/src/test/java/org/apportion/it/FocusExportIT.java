package org.apportion.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apportion.it.support.ApportionClient;
import org.apportion.it.support.ApportionIT;
import org.apportion.it.support.TestDb;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The FOCUS 1.3 export of the FOCUS sample's September 2024 (999 lines, USD 20.28022672899 billed) after an
 * allocation by three rules: prod lines 60/40 to EX-TEAM-A/B, dev lines evenly over EX-TEAM-A, B and C, the
 * Networking lines left over as a shared pool split by the teams' direct costs; the rest stays UNALLOCATED.
 * Every original cost line must come back whole from its rows: amounts and ratios.
 */
class FocusExportIT extends ApportionIT {

    private static final String FOCUS_SAMPLE = "bills/focus-1.0/focus_sample.csv";
    private static final List<String> ALLOCATION_COLUMNS = List.of("AllocatedMethodId", "AllocatedMethodDetails",
            "AllocatedResourceId", "AllocatedResourceName", "AllocatedTags");
    private static final List<String> FOCUS_COLUMNS = List.of("BilledCost", "BillingAccountId", "BillingCurrency",
            "BillingPeriodStart", "BillingPeriodEnd", "ChargeCategory", "ChargePeriodStart", "ChargePeriodEnd",
            "ContractedCost", "EffectiveCost", "ListCost", "PricingQuantity", "ConsumedQuantity", "ServiceName",
            "ServiceProviderName", "SubAccountId", "Tags");

    @BeforeEach
    void startFromTheSampleAndThreeRules() throws Exception {
        TestDb.deleteAllImports();
        TestDb.deleteAllAllocations();
        JsonObject imported = api.importAndWait(ApportionClient.testData(FOCUS_SAMPLE), "focus_sample.csv");
        assertThat(imported.getString("status")).isEqualTo("COMPLETED");
        for (String code : List.of("EX-CO", "EX-TEAM-A", "EX-TEAM-B", "EX-TEAM-C")) {
            if (api.get("/cost-centers/" + code).statusCode() == 404) {
                String parent = code.equals("EX-CO") ? "" : ", \"parentCode\": \"EX-CO\"";
                HttpResponse<String> created = api.send("POST", "/cost-centers", "{\"code\": \"" + code
                        + "\", \"name\": \"Export " + code.substring(3) + "\", \"activeFrom\": \"2024-01-01\"" + parent + "}");
                assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            }
        }
        publish(rule("prod 60/40", "DIRECT", 20, "FIXED_PERCENT", "Tag:environment", "prod",
                "[{\"costCenterCode\": \"EX-TEAM-A\", \"percent\": \"60\"}, {\"costCenterCode\": \"EX-TEAM-B\", \"percent\": \"40\"}]"));
        publish(rule("dev evenly", "DIRECT", 30, "EVEN", "Tag:environment", "dev", threeTeams()));
        publish(rule("shared network", "SHARED", 10, "PROPORTIONAL_TO_DIRECT", "ServiceCategory", "Networking",
                threeTeams()));
    }

    @Test
    void exportsEveryAllocatedPartSoThatEachCostLineAddsBackUpExactly() throws Exception {
        long runId = allocate("2024-09").getJsonNumber("id").longValue();

        HttpResponse<String> answer = api.get("/exports/focus?period=2024-09");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(answer.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=apportion-focus-2024-09.csv");
        List<CSVRecord> rows = parse(answer.body());
        assertThat(header(answer.body())).containsAll(FOCUS_COLUMNS).containsAll(ALLOCATION_COLUMNS).contains("x_CostLineId");
        assertThat((long) rows.size()).isEqualTo(TestDb.count("SELECT COUNT(*) FROM allocated_cost WHERE run_id = ?", runId));

        Map<String, List<CSVRecord>> byLine = rows.stream().collect(Collectors.groupingBy(r -> r.get("x_CostLineId")));
        Map<String, Map<String, BigDecimal>> lines = costLines();
        assertThat(byLine.keySet()).hasSize(999).isEqualTo(lines.keySet());
        byLine.forEach((id, split) -> {
            for (String metric : List.of("BilledCost", "EffectiveCost", "ListCost", "PricingQuantity")) {
                assertThat(sum(split, r -> r.get(metric))).as("%s of cost line %s", metric, id)
                        .isEqualByComparingTo(lines.get(id).get(metric));
            }
            assertThat(sum(split, FocusExportIT::allocatedRatio)).as("ratios of cost line %s", id).isEqualByComparingTo("1");
        });
        assertThat(byLine.values()).as("some lines are split").anySatisfy(split -> assertThat(split).hasSizeGreaterThan(1));
        assertThat(sum(rows, r -> r.get("BilledCost"))).isEqualByComparingTo(summary("period=2024-09").getString("sourceTotal"))
                .isEqualByComparingTo("20.28022672899");
    }

    @Test
    void namesTheRuleVersionCostCenterAndTagsOfEachAllocatedCharge() throws Exception {
        allocate("2024-09");

        List<CSVRecord> rows = parse(api.get("/exports/focus?period=2024-09").body());

        Map<String, String> ruleIds = ruleIds();
        List<CSVRecord> prod = rows.stream().filter(r -> r.get("AllocatedMethodId").equals(ruleIds.get("prod 60/40"))).toList();
        assertThat(prod).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get("AllocatedResourceId")).isIn("EX-TEAM-A", "EX-TEAM-B");
            assertThat(r.get("AllocatedMethodDetails")).contains("\"x_Method\":\"FIXED_PERCENT\"", "\"x_RuleName\":\"prod 60/40\"");
            assertThat(r.get("Tags")).contains("\"environment\"");
        });
        assertThat(prod).anySatisfy(r -> {
            assertThat(r.get("AllocatedResourceName")).isEqualTo("Export TEAM-A");
            assertThat(new BigDecimal(allocatedRatio(r))).isEqualByComparingTo("0.6");
            assertThat(r.get("AllocatedTags")).isEqualTo("{\"apportion/CostCenter\":\"EX-TEAM-A\",\"apportion/ParentCostCenter\":\"EX-CO\"}");
        });
        assertThat(rows).filteredOn(r -> r.get("AllocatedMethodId").equals(ruleIds.get("shared network")))
                .isNotEmpty().allSatisfy(r -> assertThat(r.get("AllocatedMethodDetails")).contains("\"x_Stage\":\"SHARED\""));
        assertThat(rows).filteredOn(r -> r.get("AllocatedMethodId").equals("UNALLOCATED")).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get("AllocatedResourceId")).isEmpty();
            assertThat(r.get("AllocatedTags")).isEmpty();
            assertThat(r.get("x_CostCenterCode")).isEqualTo("UNALLOCATED");
        });
    }

    @Test
    void exportsAnEarlierRunAsItWas() throws Exception {
        long first = allocate("2024-09").getJsonNumber("id").longValue();
        JsonObject prod = ApportionClient.json(api.get("/allocation-rules").body()).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getString("name").equals("prod 60/40"))
                .findFirst().orElseThrow();
        HttpResponse<String> revised = api.send("PUT", "/allocation-rules/" + prod.getJsonNumber("id"),
                rule("prod 60/40", "DIRECT", 20, "FIXED_PERCENT", "Tag:environment", "prod",
                        "[{\"costCenterCode\": \"EX-TEAM-A\", \"percent\": \"50\"}, {\"costCenterCode\": \"EX-TEAM-B\", \"percent\": \"50\"}]"));
        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
        allocate("2024-09");

        HttpResponse<String> earlier = api.get("/exports/focus?period=2024-09&run=" + first);

        assertThat(earlier.statusCode()).as(earlier.body()).isEqualTo(200);
        String v1 = "rule-" + prod.getJsonNumber("id") + "-v1";
        assertThat(parse(earlier.body())).filteredOn(r -> r.get("AllocatedMethodId").equals(v1)).isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("x_AllocationRunId")).isEqualTo(Long.toString(first)));
        assertThat(parse(api.get("/exports/focus?period=2024-09").body()))
                .anySatisfy(r -> assertThat(r.get("AllocatedMethodId")).isEqualTo("rule-" + prod.getJsonNumber("id") + "-v2"))
                .noneSatisfy(r -> assertThat(r.get("AllocatedMethodId")).isEqualTo(v1));
    }

    @Test
    void answersNotFoundForAPeriodWithoutAnAllocation() throws Exception {
        HttpResponse<String> none = api.get("/exports/focus?period=2024-08");

        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(none.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(ApportionClient.json(none.body()).getString("detail")).contains("2024-08");
        assertThat(api.get("/exports/focus?period=September").statusCode()).isEqualTo(400);
    }

    private static List<CSVRecord> parse(String csv) throws Exception {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            return parser.getRecords();
        }
    }

    private static List<String> header(String csv) throws Exception {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv))) {
            return parser.getHeaderNames();
        }
    }

    /** The AllocatedRatio of a row, read as the exact decimal written in AllocatedMethodDetails. */
    private static String allocatedRatio(CSVRecord row) {
        JsonObject details = ApportionClient.json(row.get("AllocatedMethodDetails"));
        return details.getJsonArray("Elements").getJsonObject(0).getJsonNumber("AllocatedRatio").bigDecimalValue().toPlainString();
    }

    private static BigDecimal sum(List<CSVRecord> rows, Function<CSVRecord, String> value) {
        return rows.stream().map(value).filter(v -> !v.isEmpty()).map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The stored BilledCost, EffectiveCost, ListCost and PricingQuantity of each September cost line, by id. */
    private static Map<String, Map<String, BigDecimal>> costLines() throws Exception {
        Map<String, Map<String, BigDecimal>> lines = new HashMap<>();
        try (Connection c = TestDb.connect(); PreparedStatement select = c.prepareStatement(
                "SELECT id, billed_cost, effective_cost, list_cost, pricing_quantity FROM cost_line"
                        + " WHERE billing_period_start = '2024-09-01'");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                Map<String, BigDecimal> line = new HashMap<>();
                line.put("BilledCost", rs.getBigDecimal(2));
                line.put("EffectiveCost", rs.getBigDecimal(3));
                line.put("ListCost", orZero(rs.getBigDecimal(4)));
                line.put("PricingQuantity", orZero(rs.getBigDecimal(5)));
                lines.put(Long.toString(rs.getLong(1)), line);
            }
        }
        return lines;
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** The AllocatedMethodId of each published rule's first version, by rule name. */
    private Map<String, String> ruleIds() throws Exception {
        return ApportionClient.json(api.get("/allocation-rules").body()).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(r -> r.getString("name"), r -> "rule-" + r.getJsonNumber("id") + "-v" + r.getInt("version")));
    }

    private void publish(String rule) throws Exception {
        HttpResponse<String> published = api.send("POST", "/allocation-rules", rule);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
    }

    private static String threeTeams() {
        return "[{\"costCenterCode\": \"EX-TEAM-A\"}, {\"costCenterCode\": \"EX-TEAM-B\"}, {\"costCenterCode\": \"EX-TEAM-C\"}]";
    }

    private static String rule(String name, String stage, int priority, String method, String dimension, String value,
                               String targets) {
        return "{\"name\": \"" + name + "\", \"stage\": \"" + stage + "\", \"priority\": " + priority
                + ", \"method\": \"" + method + "\", \"match\": {\"conditions\": [{\"dimension\": \"" + dimension
                + "\", \"operator\": \"EQUALS\", \"value\": \"" + value + "\"}]}, \"targets\": " + targets
                + ", \"effectiveFrom\": \"2024-01-01\"}";
    }

    private JsonObject allocate(String period) throws Exception {
        JsonObject run = api.allocateAndWait(period);
        assertThat(run.getString("status")).as(run.toString()).isEqualTo("COMPLETED");
        return run;
    }

    private JsonObject summary(String query) throws Exception {
        HttpResponse<String> answer = api.get("/allocations/summary?" + query);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return ApportionClient.json(answer.body());
    }
}
