package org.apportion.bench;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * The aggregate rows a large company's bills would give, without the bills: 5 providers, 50 billing accounts,
 * 500 sub-accounts, 200 services, 30 regions, 10 categories, LLM models, 50 teams (cost centers) and three tag
 * keys. Every sub-account runs 20 of its provider's services in 1 to 3 regions (1.5 on average; LLM services
 * with 2 to 4 models), so a day has about 500 × 20 × 1.5 = 15,000 combinations of the daily table's dimensions,
 * of which 95 % have costs, plus a Tax row per billing account. At 10M cost lines a month (~330,000 a day) that is
 * ~22 lines per daily row. Each account belongs to about three teams and has four applications of its own (200 in
 * all); a sub-account has one environment. Deterministic by seed.
 * <p>
 * The tag rows and the cost-center rows are summed from the same daily combinations (each combination has a
 * team, an environment and an application, and goes to its team's cost center; 10 % are split 60/40 with the
 * next team, 3 % stay unallocated), so every table adds up to the same total. Amounts are kept as whole units
 * of 10^-10 (converted amounts of 10^-13: the EUR rate is a whole number of thousandths), exact like the
 * application's.
 */
final class SyntheticAggregates {

    static final int SUB_ACCOUNTS_PER_ACCOUNT = 10;
    static final int SERVICES_PER_SUB_ACCOUNT = 20;
    static final int TEAMS = 50;
    static final int APPLICATIONS_PER_ACCOUNT = 4;
    static final int AMOUNT_SCALE = 10;
    static final int RC_SCALE = 13;
    static final String[] TAG_KEYS = {"team", "environment", "application"};
    private static final String[] ENVIRONMENTS = {"prod", "prod", "prod", "prod", "dev", "dev", "dev", "staging",
            "staging", "test"};
    private static final String[] MODELS = {"gpt-4o", "gpt-4o-mini", "gpt-4.1", "o3", "o4-mini", "claude-sonnet-4",
            "claude-opus-4", "claude-haiku-3.5", "gemini-2.5-pro", "gemini-2.5-flash", "llama-3.3-70b", "mistral-large"};

    /** A provider with its accounts, services and regions; some accounts bill in EUR. */
    record Provider(String name, int accounts, int services, String[] regions, int euroAccounts, boolean llmOnly) {
    }

    static final List<Provider> PROVIDERS = List.of(
            new Provider("AWS", 20, 60, new String[] {"us-east-1", "us-east-2", "us-west-2", "eu-west-1",
                    "eu-central-1", "ap-south-1", "ap-northeast-1", "sa-east-1"}, 0, false),
            new Provider("Microsoft", 15, 60, new String[] {"eastus", "eastus2", "westus2", "westeurope",
                    "northeurope", "uksouth", "japaneast", "australiaeast"}, 5, false),
            new Provider("Google Cloud", 10, 50, new String[] {"us-central1", "us-east1", "europe-west1",
                    "europe-west4", "asia-east1", "asia-northeast1", "australia-southeast1", "southamerica-east1"}, 0,
                    false),
            new Provider("Oracle", 3, 20, new String[] {"us-ashburn-1", "us-phoenix-1", "eu-frankfurt-1",
                    "uk-london-1", "ap-tokyo-1", "sa-saopaulo-1"}, 0, false),
            new Provider("OpenAI", 2, 10, new String[] {null}, 0, true));

    /** A service: its FOCUS ServiceCategory and the category the default rules give it. */
    record Service(String name, String serviceCategory, String category) {
    }

    /** One daily combination of dimensions with its usual cost. */
    record Combo(Provider provider, String account, String subAccount, Service service, String region, String sku,
                 String currency, int team, String environment, String application, int share, long baseUnits,
                 int linesPerDay) {
    }

    /** The shares of the allocation: 0 whole to the team, 1 split 60/40 with the next team, 2 unallocated. */
    private static final int WHOLE = 0;
    private static final int SPLIT = 1;
    private static final int UNALLOCATED = 2;

    private final List<Combo> combos = new ArrayList<>();
    private final Random random;

    SyntheticAggregates(long seed) {
        random = new Random(seed);
        int accountIndex = 0;
        for (Provider provider : PROVIDERS) {
            List<Service> services = services(provider);
            for (int a = 0; a < provider.accounts(); a++, accountIndex++) {
                String account = provider.name().replace(" ", "").toLowerCase() + "-" + (100000 + a);
                String currency = a < provider.euroAccounts() ? "EUR" : "USD";
                for (int s = 0; s < SUB_ACCOUNTS_PER_ACCOUNT; s++) {
                    String subAccount = account + "-sub-" + s;
                    // Teams own a few accounts each, and an account's applications are its own.
                    int subTeam = (accountIndex + s % 3) % TEAMS;
                    String environment = ENVIRONMENTS[random.nextInt(ENVIRONMENTS.length)];
                    for (Service service : pick(services, Math.min(SERVICES_PER_SUB_ACCOUNT, services.size()))) {
                        int app = accountIndex * APPLICATIONS_PER_ACCOUNT + random.nextInt(APPLICATIONS_PER_ACCOUNT);
                        String application = random.nextInt(100) < 15 ? null : "app-" + app;
                        for (String region : regions(provider)) {
                            for (String sku : models(service)) {
                                int draw = random.nextInt(100);
                                int share = draw < 3 ? UNALLOCATED : draw < 13 ? SPLIT : WHOLE;
                                long base = Math.max(1, Math.round(Math.exp(1 + 1.5 * random.nextGaussian()) * 1e10));
                                combos.add(new Combo(provider, account, subAccount, service, region, sku, currency,
                                        subTeam, random.nextInt(100) < 10 ? null : environment, application, share,
                                        base, 1 + random.nextInt(44)));
                            }
                        }
                    }
                }
            }
        }
    }

    int combinations() {
        return combos.size();
    }

    private List<Service> services(Provider provider) {
        List<Service> services = new ArrayList<>();
        services.add(new Service(provider.name() + " Support", "Other", "SUPPORT"));
        String[][] kinds = provider.llmOnly() ? new String[][] {{"AI and Machine Learning", "AI_LLM_API"}}
                : new String[][] {
                        {"Compute", "COMPUTE"}, {"Compute", "COMPUTE"}, {"Compute", "COMPUTE"}, {"Storage", "STORAGE"},
                        {"Storage", "STORAGE"}, {"Networking", "NETWORKING"}, {"Networking", "NETWORKING"},
                        {"Databases", "DATABASES"}, {"Analytics", "DATABASES"}, {"Management and Governance", "COMPUTE"},
                        {"Integration", "COMPUTE"}, {"Security", "SECURITY_COMPLIANCE"},
                        {"Identity", "SECURITY_COMPLIANCE"}, {"AI and Machine Learning", "AI_LLM_API"},
                        {"Business Applications", "SAAS_LICENSES"}, {"Other", "OTHER"}};
        for (int i = 1; services.size() < provider.services(); i++) {
            String[] kind = kinds[i % kinds.length];
            services.add(new Service(provider.name() + " " + kind[0] + " service " + i, kind[0], kind[1]));
        }
        return services;
    }

    private <T> List<T> pick(List<T> from, int count) {
        List<T> copy = new ArrayList<>(from);
        Collections.shuffle(copy, random);
        return copy.subList(0, count);
    }

    private List<String> regions(Provider provider) {
        int draw = random.nextInt(10);
        int count = Math.min(provider.regions().length, draw < 6 ? 1 : draw < 9 ? 2 : 3);
        return pick(Arrays.asList(provider.regions()), count);
    }

    private List<String> models(Service service) {
        if (!service.category().equals("AI_LLM_API")) {
            return Collections.singletonList(null);
        }
        return pick(List.of(MODELS), 2 + random.nextInt(3));
    }

    /** The EUR rate to USD on a day, in thousandths (converted amounts are exact). */
    static long euroRatePermille(LocalDate day) {
        return 1050 + day.getDayOfYear() % 50;
    }

    /** Sums of one aggregate row. */
    static final class Sums {
        long billed;
        long effective;
        long billedRc;
        long effectiveRc;
        long lines;

        void add(long billedUnits, long effectiveUnits, long rate, long count) {
            billed += billedUnits;
            effective += effectiveUnits;
            billedRc += billedUnits * rate;
            effectiveRc += effectiveUnits * rate;
            lines += count;
        }
    }

    /** One day's rows of every daily table, and at a period's end the period's cost-center rows. */
    record Day(LocalDate date, YearMonth period, List<String> daily, List<String> tags, List<String> costCenters) {
    }

    /** Generates the days of the periods in order; {@code monthEnd} receives each period's cost-center month rows. */
    void generate(YearMonth first, YearMonth last, Consumer<Day> days, Consumer<List<String>> monthEnd) {
        Random day = new Random(random.nextLong());
        int index = 0;
        for (YearMonth period = first; !period.isAfter(last); period = period.plusMonths(1)) {
            Map<List<Object>, Sums> month = new HashMap<>();
            // Two percent more a month.
            double growth = 1 + 0.02 * index++;
            for (LocalDate date = period.atDay(1); !date.isAfter(period.atEndOfMonth()); date = date.plusDays(1)) {
                days.accept(day(period, date, growth, day, month));
            }
            YearMonth ended = period;
            List<String> rows = new ArrayList<>(month.size());
            month.forEach((key, sums) -> rows.add(row(ended, null, key, sums)));
            monthEnd.accept(rows);
        }
    }

    private Day day(YearMonth period, LocalDate date, double growth, Random random, Map<List<Object>, Sums> month) {
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        double factor = growth * (weekend ? 0.8 : 1);
        Map<List<Object>, Sums> daily = new LinkedHashMap<>();
        Map<List<Object>, Sums> tags = new HashMap<>();
        Map<List<Object>, Sums> centers = new HashMap<>();
        Map<String, long[]> accountUsage = new LinkedHashMap<>();
        for (Combo combo : combos) {
            if (random.nextInt(100) >= 95) {
                continue;
            }
            long billed = Math.max(1, Math.round(combo.baseUnits() * factor * (1 + 0.1 * random.nextGaussian())));
            long effective = combo.service().category().equals("COMPUTE") ? billed * 8 / 10 : billed;
            long rate = combo.currency().equals("EUR") ? euroRatePermille(date) : 1000;
            int lines = combo.linesPerDay();
            daily.computeIfAbsent(List.of(combo.provider().name(), combo.account(), combo.subAccount(),
                    combo.service().serviceCategory(), combo.service().name(), combo.service().category(),
                    nullable(combo.region()), nullable(combo.sku()), "Usage", combo.currency()), k -> new Sums())
                    .add(billed, effective, rate, lines);
            tag(tags, combo, combo.service().category(), billed, effective, rate, lines);
            allocate(centers, month, combo, billed, effective, rate, lines);
            accountUsage.computeIfAbsent(combo.provider().name() + "\t" + combo.account() + "\t" + combo.currency(),
                    k -> new long[1])[0] += billed;
        }
        accountUsage.forEach((key, usage) -> {
            String[] parts = key.split("\t");
            long tax = usage[0] * 8 / 100;
            long rate = parts[2].equals("EUR") ? euroRatePermille(date) : 1000;
            daily.computeIfAbsent(List.of(parts[0], parts[1], "", "Other", "Tax", "TAX", "", "", "Tax", parts[2]),
                    k -> new Sums()).add(tax, tax, rate, 1);
            for (String tagKey : TAG_KEYS) {
                tags.computeIfAbsent(List.of(tagKey, "", parts[0], parts[1], "TAX", parts[2]), k -> new Sums())
                        .add(tax, tax, rate, 1);
            }
            centers.computeIfAbsent(List.of("UNALLOCATED", parts[0], "TAX", parts[2]), k -> new Sums())
                    .add(tax, tax, rate, 1);
            month.computeIfAbsent(List.of("UNALLOCATED", parts[0], parts[1], "", "Tax", "TAX", parts[2]),
                    k -> new Sums()).add(tax, tax, rate, 1);
        });
        return new Day(date, period, rows(period, date, daily), rows(period, date, tags), rows(period, date, centers));
    }

    private static void tag(Map<List<Object>, Sums> tags, Combo combo, String category, long billed, long effective,
                            long rate, int lines) {
        String[] values = {"team-" + combo.team(), combo.environment(), combo.application()};
        for (int i = 0; i < TAG_KEYS.length; i++) {
            tags.computeIfAbsent(List.of(TAG_KEYS[i], nullable(values[i]), combo.provider().name(), combo.account(),
                    category, combo.currency()), k -> new Sums()).add(billed, effective, rate, lines);
        }
    }

    private static void allocate(Map<List<Object>, Sums> centers, Map<List<Object>, Sums> month, Combo combo,
                                 long billed, long effective, long rate, int lines) {
        if (combo.share() == SPLIT) {
            long billedPart = billed * 6 / 10;
            long effectivePart = effective * 6 / 10;
            place(centers, month, combo, costCenter(combo.team()), billedPart, effectivePart, rate, lines);
            place(centers, month, combo, costCenter((combo.team() + 1) % TEAMS), billed - billedPart,
                    effective - effectivePart, rate, lines);
        } else {
            place(centers, month, combo, combo.share() == UNALLOCATED ? "UNALLOCATED" : costCenter(combo.team()),
                    billed, effective, rate, lines);
        }
    }

    private static void place(Map<List<Object>, Sums> centers, Map<List<Object>, Sums> month, Combo combo, String center,
                              long billed, long effective, long rate, int lines) {
        String category = combo.service().category();
        centers.computeIfAbsent(List.of(center, combo.provider().name(), category, combo.currency()), k -> new Sums())
                .add(billed, effective, rate, lines);
        month.computeIfAbsent(List.of(center, combo.provider().name(), combo.account(), combo.subAccount(),
                combo.service().name(), category, combo.currency()), k -> new Sums()).add(billed, effective, rate, lines);
    }

    static String costCenter(int team) {
        return String.format("CC-%02d", team + 1);
    }

    private static Object nullable(String value) {
        return value == null ? "" : value;
    }

    private static List<String> rows(YearMonth period, LocalDate date, Map<List<Object>, Sums> sums) {
        List<String> rows = new ArrayList<>(sums.size());
        sums.forEach((key, value) -> rows.add(row(period, date, key, value)));
        return rows;
    }

    /**
     * A tab-separated row for LOAD DATA: period, [day,] the key's dimensions ("" is NULL), then BilledCost,
     * EffectiveCost, their converted amounts and the line count.
     */
    private static String row(YearMonth period, LocalDate date, List<Object> key, Sums sums) {
        StringBuilder row = new StringBuilder(256).append(period.atDay(1));
        if (date != null) {
            row.append('\t').append(date);
        }
        for (Object value : key) {
            row.append('\t').append("".equals(value) ? "\\N" : value);
        }
        return row.append('\t').append(BigDecimal.valueOf(sums.billed, AMOUNT_SCALE).toPlainString())
                .append('\t').append(BigDecimal.valueOf(sums.effective, AMOUNT_SCALE).toPlainString())
                .append('\t').append(BigDecimal.valueOf(sums.billedRc, RC_SCALE).toPlainString())
                .append('\t').append(BigDecimal.valueOf(sums.effectiveRc, RC_SCALE).toPlainString())
                .append('\t').append(sums.lines).toString();
    }
}
