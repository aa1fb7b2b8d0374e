package org.apportion.allocation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * Random bills, valid rule sets and usage telemetry from a seed, for the property tests: the same seed always
 * gives the same data, so a failing seed reproduces. Values come from small pools so that rules do match lines.
 */
final class RandomBills {

    static final List<String> CURRENCIES = List.of("USD", "EUR", "JPY");
    static final List<String> COST_CENTERS = List.of("WEB", "DATA", "ML", "SEARCH", "CHAT", "PLATFORM");
    private static final List<String> METRICS = List.of("tokens", "requests");
    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 9, 1);
    private static final int DAYS = 61;

    private final Random random;

    RandomBills(long seed) {
        this.random = new Random(seed);
    }

    List<SourceLine> lines() {
        List<SourceLine> lines = new ArrayList<>();
        int count = random.nextInt(80);
        for (int id = 1; id <= count; id++) {
            lines.add(new SourceLine(id, day(), amount(), pick(CURRENCIES), dimensions(), tags()));
        }
        return lines;
    }

    /** An amount of up to 18 integer digits and 30 decimals; credits, zeros and DECIMAL(48,30) padding included. */
    BigDecimal amount() {
        int kind = random.nextInt(20);
        if (kind == 0) {
            return BigDecimal.ZERO.setScale(random.nextInt(31));
        }
        int scale = random.nextInt(4) == 0 ? random.nextInt(31) : random.nextInt(5);
        int digits = 1 + random.nextInt(random.nextBoolean() ? 6 : 18 + scale);
        BigDecimal amount = new BigDecimal(new BigInteger(digits(digits)), scale);
        if (kind <= 4) {
            amount = amount.negate();
        }
        return kind == 19 ? amount.setScale(30) : amount;
    }

    List<AllocationRule> rules() {
        List<AllocationRule> rules = new ArrayList<>();
        int count = random.nextInt(11);
        for (int i = 0; i < count; i++) {
            AllocationRule rule = rule("r" + i);
            if (random.nextInt(4) == 0) {
                LocalDate cut = day();
                rules.add(Rules.version(rule, 1, Rules.FROM, cut));
                rules.add(Rules.version(rule(rule.id()), 2, cut, null));
            } else {
                rules.add(rule);
            }
        }
        return rules;
    }

    UsageTelemetry usage() {
        List<UsageRecord> records = new ArrayList<>();
        int count = random.nextInt(3) == 0 ? 0 : random.nextInt(40);
        for (int i = 0; i < count; i++) {
            BigDecimal quantity = random.nextInt(5) == 0
                    ? BigDecimal.ZERO
                    : new BigDecimal(BigInteger.valueOf(1 + random.nextInt(1_000_000)), random.nextInt(7));
            records.add(new UsageRecord(pick(METRICS), pick(COST_CENTERS), day(), quantity));
        }
        return UsageTelemetry.of(records);
    }

    /** Positive and zero weights, at least one positive. */
    List<BigDecimal> weights() {
        List<BigDecimal> weights = new ArrayList<>();
        int count = 1 + random.nextInt(7);
        for (int i = 0; i < count; i++) {
            weights.add(random.nextInt(6) == 0
                    ? BigDecimal.ZERO
                    : new BigDecimal(BigInteger.valueOf(1 + random.nextInt(10_000)), random.nextInt(5)));
        }
        weights.set(random.nextInt(count), BigDecimal.valueOf(1 + random.nextInt(100)));
        return weights;
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    private AllocationRule rule(String id) {
        AllocationStage stage = random.nextBoolean() ? AllocationStage.DIRECT : AllocationStage.SHARED;
        List<AllocationMethod> methods = new ArrayList<>(List.of(AllocationMethod.values()));
        if (stage == AllocationStage.DIRECT) {
            methods.remove(AllocationMethod.PROPORTIONAL_TO_DIRECT);
        }
        AllocationMethod method = pick(methods);
        return new AllocationRule(id, 1, "Rule " + id, 1 + random.nextInt(5), stage, Rules.FROM, null, match(),
                method, targets(method), method == AllocationMethod.USAGE_METRIC ? pick(METRICS) : null);
    }

    private RuleMatch match() {
        List<Condition> conditions = new ArrayList<>();
        int count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
            conditions.add(condition());
        }
        return new RuleMatch(conditions);
    }

    private Condition condition() {
        return switch (random.nextInt(7)) {
            case 0 -> Condition.equalTo(Dimensions.PROVIDER_NAME, pick(List.of("AWS", "Microsoft", "OpenAI")));
            case 1 -> Condition.equalTo(Dimensions.SERVICE_NAME, pick(List.of("Compute", "Storage", "Support")));
            case 2 -> Condition.equalTo(Dimensions.SUB_ACCOUNT_ID, pick(List.of("acc-1", "acc-2")));
            case 3 -> Condition.equalTo("Tag:team", pick(List.of("web", "data")));
            case 4 -> Condition.equalTo(Dimensions.CATEGORY, "prod");
            case 5 -> Condition.glob(Dimensions.RESOURCE_ID, pick(List.of("i-*", "vol-?*", "*-1?")));
            default -> Condition.glob(Dimensions.SERVICE_NAME, pick(List.of("S*", "*e")));
        };
    }

    private List<AllocationTarget> targets(AllocationMethod method) {
        List<String> codes = new ArrayList<>(COST_CENTERS);
        Collections.shuffle(codes, random);
        int count = method == AllocationMethod.DIRECT ? 1 : 1 + random.nextInt(COST_CENTERS.size());
        List<String> chosen = codes.subList(0, count);
        if (method != AllocationMethod.FIXED_PERCENT) {
            return chosen.stream().map(AllocationTarget::of).toList();
        }
        List<BigDecimal> percents = percentsOfHundred(count);
        List<AllocationTarget> targets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            targets.add(new AllocationTarget(chosen.get(i), percents.get(i)));
        }
        return targets;
    }

    /** {@code count} positive percentages adding up to exactly 100, with up to 4 decimals. */
    private List<BigDecimal> percentsOfHundred(int count) {
        int scale = random.nextInt(5);
        int units = 100 * BigInteger.TEN.pow(scale).intValueExact();
        TreeSet<Integer> cuts = new TreeSet<>();
        while (cuts.size() < count - 1) {
            cuts.add(1 + random.nextInt(units - 1));
        }
        cuts.add(units);
        List<BigDecimal> percents = new ArrayList<>();
        int previous = 0;
        for (int cut : cuts) {
            percents.add(BigDecimal.valueOf(cut - previous, scale));
            previous = cut;
        }
        return percents;
    }

    private Map<String, String> dimensions() {
        Map<String, String> dimensions = new HashMap<>();
        dimensions.put(Dimensions.PROVIDER_NAME, pick(List.of("AWS", "Microsoft", "OpenAI")));
        dimensions.put(Dimensions.SERVICE_NAME, pick(List.of("Compute", "Storage", "Support", "Tokens")));
        dimensions.put(Dimensions.SUB_ACCOUNT_ID, pick(List.of("acc-1", "acc-2", "acc-3")));
        dimensions.put(Dimensions.RESOURCE_ID, pick(List.of("i-0a1", "i-7f2", "vol-12", "db-1")));
        dimensions.put(Dimensions.CATEGORY, pick(List.of("prod", "dev")));
        dimensions.values().removeIf(v -> random.nextInt(6) == 0);
        return dimensions;
    }

    private Map<String, String> tags() {
        return random.nextBoolean() ? Map.of() : Map.of("team", pick(List.of("web", "data", "ops")));
    }

    private LocalDate day() {
        return FIRST_DAY.plusDays(random.nextInt(DAYS));
    }

    private String digits(int count) {
        StringBuilder digits = new StringBuilder().append(1 + random.nextInt(9));
        for (int i = 1; i < count; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
