package org.apportion.generator;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apportion.generator.Divisions.Division;
import org.apportion.generator.FictionalCompany.Team;

/**
 * The cost model of the demo, derived from {@link FictionalCompany} so that it fits its bills: the cost center tree
 * (company, divisions, teams with their {@code CC-10xx} codes and owners), the allocation rules that charge the
 * bills to the teams, and the platform's request telemetry that its shared costs are split by. Bodies for the
 * REST API ({@code /cost-centers}, {@code /allocation-rules}, {@code /usage-metrics/import}); deterministic.
 */
public final class DemoCostModel {

    /** When the company's cost centers and rules took effect: before any demo bill. */
    public static final LocalDate SINCE = LocalDate.of(2020, 1, 1);
    /** The metric of the platform's telemetry: API requests per team and day. */
    public static final String REQUESTS = "requests";
    /**
     * The teams that serve the others rather than build products. The platform's costs are split over the product
     * teams; security is charged its own costs but gets no share of the shared pools.
     */
    static final Set<String> SERVICE_TEAMS = Set.of("platform", "security");

    /** A cost center as {@code POST /api/v1/cost-centers} takes it; {@code parentCode} null for the root. */
    public record CostCenter(String code, String name, String parentCode, String owner, LocalDate activeFrom,
                             String description) {

        public String json() {
            JsonObjectBuilder json = Json.createObjectBuilder().add("code", code).add("name", name)
                    .add("owner", owner).add("activeFrom", activeFrom.toString()).add("description", description);
            if (parentCode != null) {
                json.add("parentCode", parentCode);
            }
            return json.build().toString();
        }
    }

    /** One condition of a rule's match: a dimension (FOCUS column or {@code Tag:<key>}), EQUALS or GLOB, a value. */
    public record Condition(String dimension, String operator, String value) {

        static Condition equalTo(String dimension, String value) {
            return new Condition(dimension, "EQUALS", value);
        }

        static Condition glob(String dimension, String pattern) {
            return new Condition(dimension, "GLOB", pattern);
        }
    }

    /** A cost center a rule charges; {@code percent} only for FIXED_PERCENT rules. */
    public record Target(String costCenterCode, BigDecimal percent) {

        static Target of(String costCenterCode) {
            return new Target(costCenterCode, null);
        }
    }

    /**
     * An allocation rule as {@code POST /api/v1/allocation-rules} takes it: stage DIRECT or SHARED, method DIRECT,
     * FIXED_PERCENT, EVEN, USAGE_METRIC or PROPORTIONAL_TO_DIRECT, lower priorities tried first.
     */
    public record Rule(String name, String stage, int priority, String method, List<Condition> conditions,
                       List<Target> targets, String metric, LocalDate effectiveFrom) {

        public Rule {
            conditions = List.copyOf(conditions);
            targets = List.copyOf(targets);
        }

        public String json() {
            JsonArrayBuilder match = Json.createArrayBuilder();
            conditions.forEach(c -> match.add(Json.createObjectBuilder().add("dimension", c.dimension())
                    .add("operator", c.operator()).add("value", c.value())));
            JsonArrayBuilder charged = Json.createArrayBuilder();
            for (Target t : targets) {
                JsonObjectBuilder target = Json.createObjectBuilder().add("costCenterCode", t.costCenterCode());
                if (t.percent() != null) {
                    target.add("percent", t.percent().toPlainString());
                }
                charged.add(target);
            }
            JsonObjectBuilder json = Json.createObjectBuilder().add("name", name).add("stage", stage)
                    .add("priority", priority).add("method", method)
                    .add("match", Json.createObjectBuilder().add("conditions", match))
                    .add("targets", charged).add("effectiveFrom", effectiveFrom.toString());
            if (metric == null) {
                json.addNull("metric");
            } else {
                json.add("metric", metric);
            }
            return json.build().toString();
        }
    }

    private final FictionalCompany company = new FictionalCompany();
    private final List<CostCenter> costCenters = costCentersOf(company);
    private final List<Rule> rules = DemoRules.of(company, new LlmWorkloads(company));
    private final RequestTelemetry telemetry;

    DemoCostModel(long seed, YearMonth firstMonth, YearMonth lastMonth) {
        telemetry = new RequestTelemetry(new PeriodSpec(seed, firstMonth, lastMonth), company);
    }

    /** The company, its divisions, then the teams: every parent before its children. */
    public List<CostCenter> costCenters() {
        return costCenters;
    }

    /** The cost center codes of all teams, product and service teams alike. */
    public List<String> teamCostCenters() {
        return company.teams().stream().map(Team::costCenter).toList();
    }

    /** The rule set: direct rules first (LLM projects, platform, team tags, accounts, hosting), then the shared pools. */
    public List<Rule> allocationRules() {
        return rules;
    }

    /** The platform's request telemetry per product team and day of the demo months, as the usage import takes it. */
    public String usageMetricsCsv() {
        return telemetry.csv();
    }

    /** The product teams: all but {@link #SERVICE_TEAMS}, in cost center order. */
    static List<Team> productTeams(FictionalCompany company) {
        return company.teams().stream().filter(t -> !SERVICE_TEAMS.contains(t.name())).toList();
    }

    private static List<CostCenter> costCentersOf(FictionalCompany company) {
        List<CostCenter> centers = new ArrayList<>();
        Division root = Divisions.COMPANY;
        centers.add(new CostCenter(root.code(), root.name(), null, root.head(), SINCE,
                "The fictional company of the demo data"));
        for (Division division : Divisions.ALL) {
            centers.add(new CostCenter(division.code(), division.name(), root.code(), division.head(), SINCE,
                    "Division of " + String.join(", ", division.teams())));
        }
        for (Team team : company.teams()) {
            centers.add(new CostCenter(team.costCenter(), displayName(team.name()), Divisions.of(team.name()).code(),
                    team.owners().getFirst(), SINCE, "Team " + team.name() + "; applications "
                    + String.join(", ", team.applications())));
        }
        return List.copyOf(centers);
    }

    /** "erp-integration" becomes "ERP integration". */
    static String displayName(String team) {
        String name = Arrays.stream(team.split("-"))
                .map(w -> w.equals("erp") || w.equals("ml") ? w.toUpperCase(Locale.ROOT) : w)
                .collect(Collectors.joining(" "));
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
