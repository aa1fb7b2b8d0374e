package org.apportion.generator;

import java.util.List;

/**
 * How Northwind Logistics is organised above its teams: the company and five divisions, each with the teams of
 * {@link FictionalCompany} it runs. Every team belongs to exactly one division (checked by the tests), so the
 * cost center tree of the demo is the company's org chart.
 */
final class Divisions {

    /** The company's root cost center. */
    static final Division COMPANY = new Division("NORTHWIND", "Northwind Logistics", "mara.lindgren@northwind.example",
            List.of());

    /** A division: its cost center code, name, head (the cost center's owner) and its teams' names. */
    record Division(String code, String name, String head, List<String> teams) {
    }

    static final List<Division> ALL = List.of(
            new Division("COMMERCE", "Commerce", "olu.adeyemi@northwind.example",
                    List.of("checkout", "catalog", "search", "payments", "web-storefront")),
            new Division("LOGISTICS", "Logistics operations", "priya.raman@northwind.example",
                    List.of("routing", "fulfilment", "warehouse", "fleet-telemetry")),
            new Division("CORPORATE", "Corporate systems", "tomas.novak@northwind.example",
                    List.of("erp-integration", "finance-systems", "customer-support", "identity", "security")),
            new Division("DATA", "Data and analytics", "sofia.rossi@northwind.example",
                    List.of("data-platform", "ml-forecasting", "analytics")),
            new Division("PLATFORM", "Platform engineering", "ravi.iyer@northwind.example",
                    List.of("platform")));

    private Divisions() {
    }

    /** The division a team belongs to. */
    static Division of(String team) {
        return ALL.stream().filter(d -> d.teams().contains(team)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Team " + team + " is in no division"));
    }
}
