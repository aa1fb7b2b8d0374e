package org.apportion.generator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apportion.generator.DemoCostModel.Condition;
import org.apportion.generator.DemoCostModel.Rule;
import org.apportion.generator.DemoCostModel.Target;
import org.apportion.generator.FictionalCompany.BillingAccount;
import org.apportion.generator.FictionalCompany.SubAccount;
import org.apportion.generator.FictionalCompany.Team;
import org.apportion.generator.LlmWorkloads.Vendor;
import org.apportion.generator.LlmWorkloads.Workload;

/**
 * The demo's allocation rules, written as a FinOps team would for this company. Direct stage, in order:
 * LLM projects and workspaces to the teams that own them; the platform team's tagged resources split over the
 * product teams by their requests; team tags; each team account's usage and credits (this catches the untagged
 * resources, and the CUR lines, whose tags are keyed {@code user_team}); the hosting vendor's projects. Shared
 * stage, in proportion to what the product teams were charged directly: support plans, each billing account's
 * commitment purchases, and tax.
 * <p>
 * What stays UNALLOCATED, on purpose: the untagged resources in the platform's shared account. Nobody can say which
 * team they serve, and hiding them in a split would hide the tagging gap they show.
 */
final class DemoRules {

    static final String DIRECT = "DIRECT";
    static final String SHARED = "SHARED";

    /**
     * Who uses the hosting vendor's projects, in percent: the shop and the support portal are one team's each,
     * the data lake is shared by the data teams (a FIXED_PERCENT split agreed with them).
     */
    static final Map<String, Map<String, Integer>> HOSTING_PROJECT_OWNERS = hostingProjectOwners();

    /** The charge categories an owner is charged directly, with how rule names call them; tax and purchases are shared. */
    private static final Map<String, String> OWN_CHARGES = Map.of("Usage", "usage", "Credit", "credits");

    private final FictionalCompany company;
    private final List<Target> productTeams;
    private final List<Rule> rules = new ArrayList<>();

    private DemoRules(FictionalCompany company) {
        this.company = company;
        this.productTeams = DemoCostModel.productTeams(company).stream().map(t -> Target.of(t.costCenter())).toList();
    }

    static List<Rule> of(FictionalCompany company, LlmWorkloads llm) {
        DemoRules demo = new DemoRules(company);
        demo.llmWorkloads(llm, 10);
        demo.platformServices(20);
        demo.teamTags(30);
        demo.teamAccounts(40);
        demo.hostingProjects(50);
        demo.sharedPools(10);
        return List.copyOf(demo.rules);
    }

    /**
     * LLM lines carry the OpenAI project or Anthropic workspace in SubAccountId and the API key in ResourceId.
     * Anthropic's default workspace has no id: its keys tell whose it is.
     */
    private void llmWorkloads(LlmWorkloads llm, int priority) {
        for (Vendor vendor : Vendor.values()) {
            for (Workload workload : llm.of(vendor)) {
                String cc = workload.team().costCenter();
                if (workload.id() != null) {
                    String kind = vendor == Vendor.OPENAI ? "OpenAI project " : "Anthropic workspace ";
                    direct(kind + workload.name(), priority, cc, Condition.equalTo("SubAccountId", workload.id()));
                } else {
                    for (String key : workload.apiKeyIds()) {
                        direct("Anthropic default workspace, key " + key, priority, cc,
                                Condition.equalTo("ResourceId", key));
                    }
                }
            }
        }
    }

    /** The platform runs shared services (clusters, gateways, CI): its tagged costs follow the teams' requests. */
    private void platformServices(int priority) {
        rules.add(new Rule("Platform shared services by requests", DIRECT, priority, "USAGE_METRIC",
                List.of(Condition.equalTo("Tag:team", "platform")), productTeams, DemoCostModel.REQUESTS,
                DemoCostModel.SINCE));
    }

    private void teamTags(int priority) {
        for (Team team : company.teams()) {
            if (!team.name().equals("platform")) {
                direct("Team tag " + team.name(), priority, team.costCenter(), Condition.equalTo("Tag:team", team.name()));
            }
        }
    }

    /**
     * A team's own accounts: usage and credits are the team's whether tagged or not. Tax and commitment purchases
     * are left to the shared pools, hence one rule per charge category rather than one per account. The platform's
     * shared account has none: its untagged resources stay unallocated.
     */
    private void teamAccounts(int priority) {
        for (SubAccount account : company.subAccounts()) {
            if (account.team().name().equals("platform")) {
                continue;
            }
            for (String category : List.of("Usage", "Credit")) {
                direct("Account " + account.name() + ": " + OWN_CHARGES.get(category), priority,
                        account.team().costCenter(), Condition.equalTo("SubAccountId", account.id()),
                        Condition.equalTo("ChargeCategory", category));
            }
        }
    }

    /** The hosting invoice names projects (SubAccountId); its support plan goes to the shared pool. */
    private void hostingProjects(int priority) {
        HOSTING_PROJECT_OWNERS.forEach((project, owners) -> {
            List<Target> targets = owners.entrySet().stream().map(e -> owners.size() == 1
                    ? Target.of(company.team(e.getKey()).costCenter())
                    : new Target(company.team(e.getKey()).costCenter(), BigDecimal.valueOf(e.getValue()))).toList();
            for (String category : List.of("Usage", "Credit")) {
                rules.add(new Rule("Hosting project " + project + ": " + OWN_CHARGES.get(category), DIRECT, priority,
                        owners.size() == 1 ? "DIRECT" : "FIXED_PERCENT",
                        List.of(Condition.equalTo("ProviderName", HostingInvoiceGenerator.PROVIDER),
                                Condition.equalTo("SubAccountId", project), Condition.equalTo("ChargeCategory", category)),
                        targets, null, DemoCostModel.SINCE));
            }
        });
    }

    /**
     * Costs no team caused alone, shared in proportion to what each product team was charged directly that month.
     * A commitment is bought per billing account, so its fees go to the product teams billed under that account.
     */
    private void sharedPools(int priority) {
        proportional("Support plans", priority, productTeams, Condition.glob("ServiceName", "*Support*"));
        for (BillingAccount billing : billingAccounts()) {
            List<Target> teams = company.subAccounts().stream()
                    .filter(a -> a.billingAccount() == billing && !DemoCostModel.SERVICE_TEAMS.contains(a.team().name()))
                    .map(a -> a.team().costCenter()).distinct().map(Target::of).toList();
            proportional("Commitment purchases of " + billing.name(), priority + 10, teams,
                    Condition.equalTo("BillingAccountId", billing.id()), Condition.equalTo("ChargeCategory", "Purchase"));
        }
        proportional("Tax", priority + 20, productTeams, Condition.equalTo("ChargeCategory", "Tax"));
    }

    private Set<BillingAccount> billingAccounts() {
        Set<BillingAccount> accounts = new LinkedHashSet<>();
        company.subAccounts().forEach(a -> accounts.add(a.billingAccount()));
        return accounts;
    }

    private void direct(String name, int priority, String costCenter, Condition... conditions) {
        rules.add(new Rule(name, DIRECT, priority, "DIRECT", List.of(conditions), List.of(Target.of(costCenter)), null,
                DemoCostModel.SINCE));
    }

    private void proportional(String name, int priority, List<Target> targets, Condition... conditions) {
        rules.add(new Rule(name, SHARED, priority, "PROPORTIONAL_TO_DIRECT", List.of(conditions), targets, null,
                DemoCostModel.SINCE));
    }

    private static Map<String, Map<String, Integer>> hostingProjectOwners() {
        Map<String, Map<String, Integer>> owners = new LinkedHashMap<>();
        owners.put("web-shop", Map.of("web-storefront", 100));
        owners.put("support-portal", Map.of("customer-support", 100));
        Map<String, Integer> dataLake = new LinkedHashMap<>();
        dataLake.put("data-platform", 50);
        dataLake.put("analytics", 30);
        dataLake.put("ml-forecasting", 20);
        owners.put("data-lake", dataLake);
        return owners;
    }
}
