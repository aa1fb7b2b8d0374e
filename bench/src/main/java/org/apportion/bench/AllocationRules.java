package org.apportion.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apportion.launcher.Database;

/**
 * A rule set of the size the issue names, built from the values the imported bill holds so that the rules
 * really match: per application and environment tag a percentage split, resource-id globs, per service in three
 * regions an even split, per sub account (four in five) a direct rule, and shared pools for networking, tax and
 * the platform team split by direct cost. The rest lands on UNALLOCATED.
 */
final class AllocationRules {

    static final int COST_CENTERS = 100;

    private AllocationRules() {
    }

    static String costCenter(int index) {
        return String.format("BN-%03d", Math.floorMod(index, COST_CENTERS) + 1);
    }

    static List<String> build(Database db, int count) throws SQLException {
        List<String> rules = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password())) {
            List<String> applications = distinct(c, "JSON_VALUE(tags, '$.application')");
            List<String> subAccounts = distinct(c, "sub_account_id");
            List<String> services = distinct(c, "service_name");
            List<String> regions = distinct(c, "region_id");
            rules.add(rule("networking pool", "SHARED", 10, "PROPORTIONAL_TO_DIRECT",
                    condition("ServiceCategory", "EQUALS", "Networking"), targets(0, 20)));
            rules.add(rule("tax pool", "SHARED", 20, "PROPORTIONAL_TO_DIRECT",
                    condition("ChargeCategory", "EQUALS", "Tax"), targets(20, 40)));
            rules.add(rule("platform pool", "SHARED", 30, "PROPORTIONAL_TO_DIRECT",
                    condition("Tag:team", "EQUALS", "platform"), targets(40, 60)));
            int priority = 100;
            for (String env : List.of("prod", "staging", "dev")) {
                for (int a = 0; a < applications.size() && rules.size() < count / 2; a++) {
                    rules.add(rule("app " + applications.get(a) + " " + env, "DIRECT", priority++, "FIXED_PERCENT",
                            condition("Tag:application", "EQUALS", applications.get(a)) + ", "
                                    + condition("Tag:environment", "EQUALS", env),
                            "[{\"costCenterCode\": \"" + costCenter(a) + "\", \"percent\": \"70\"}, "
                                    + "{\"costCenterCode\": \"" + costCenter(a + 1) + "\", \"percent\": \"30\"}]"));
                }
            }
            for (int i = 0; i < 40 && rules.size() < count; i++) {
                rules.add(rule("resources " + Integer.toHexString(i), "DIRECT", priority++, "DIRECT",
                        condition("ResourceId", "GLOB", "*" + String.format("%02x", i) + "?"), targets(i, i + 1)));
            }
            for (int s = 0; s < services.size() && rules.size() < count; s++) {
                for (int r = 0; r < Math.min(3, regions.size()) && rules.size() < count - subAccounts.size(); r++) {
                    rules.add(rule("service " + s + " region " + r, "DIRECT", priority++, "EVEN",
                            condition("ServiceName", "EQUALS", services.get(s)) + ", "
                                    + condition("RegionId", "EQUALS", regions.get(r)), targets(s + r, s + r + 3)));
                }
            }
            // Every fifth account has no rule of its own: its untagged lines go to the pools or stay unallocated.
            for (int s = 0; s < subAccounts.size() && rules.size() < count; s++) {
                if (s % 5 == 4) {
                    continue;
                }
                rules.add(rule("account " + subAccounts.get(s), "DIRECT", priority++, "DIRECT",
                        condition("SubAccountId", "EQUALS", subAccounts.get(s)), targets(s, s + 1)));
            }
            // The rest: resource patterns of retired workloads that no longer match, still tried line by line.
            for (int i = 0; rules.size() < count; i++) {
                rules.add(rule("retired resources " + i, "DIRECT", priority++, "DIRECT",
                        condition("ResourceId", "GLOB", "*retired-" + i + "-*"), targets(i, i + 1)));
            }
        }
        return rules;
    }

    private static List<String> distinct(Connection c, String expression) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = c.createStatement();
             ResultSet rs = statement.executeQuery("SELECT DISTINCT " + expression + " FROM cost_line WHERE "
                     + expression + " IS NOT NULL ORDER BY 1 LIMIT 1000")) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static String targets(int from, int to) {
        List<String> targets = new ArrayList<>();
        for (int i = from; i < to; i++) {
            targets.add("{\"costCenterCode\": \"" + costCenter(i) + "\"}");
        }
        return "[" + String.join(", ", targets) + "]";
    }

    private static String condition(String dimension, String operator, String value) {
        return "{\"dimension\": \"" + dimension + "\", \"operator\": \"" + operator + "\", \"value\": \""
                + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }

    private static String rule(String name, String stage, int priority, String method, String conditions,
                               String targets) {
        return "{\"name\": \"" + name.replace("\"", "'") + "\", \"stage\": \"" + stage + "\", \"priority\": " + priority
                + ", \"method\": \"" + method + "\", \"match\": {\"conditions\": [" + conditions + "]}, \"targets\": "
                + targets + ", \"effectiveFrom\": \"2000-01-01\"}";
    }
}
