package org.apportion.costmodel;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apportion.imports.CostLine;

/**
 * Decides the category of cost lines from a set of rules, compiled once (build one per allocation run,
 * not per line). Rules are tried by ascending priority, in list order among equal priorities; the first
 * match wins, and a line no rule matches is {@link CostCategory#OTHER}. A line whose ChargeCategory is Tax
 * is {@link CostCategory#TAX} unless a rule that names ChargeCategory matches it: a rule about a service
 * does not turn that service's tax into a service cost. Thread-safe.
 */
public final class CategoryResolver {

    private static final String TAX = "Tax";
    private final Compiled[] rules;

    private CategoryResolver(Compiled[] rules) {
        this.rules = rules;
    }

    /** Compiles the rules; their order in the list breaks ties of priority. */
    public static CategoryResolver of(List<CategoryRule> rules) {
        return new CategoryResolver(rules.stream()
                .sorted(Comparator.comparingInt(CategoryRule::getPriority))
                .map(rule -> Compiled.of(rule.match(), rule.getCategory()))
                .toArray(Compiled[]::new));
    }

    public CostCategory resolve(CostLine line) {
        return resolve(line.getServiceCategory(), line.getServiceName(), line.getProviderName(), line.getSkuId(),
                line.getChargeCategory());
    }

    /** The category of a cost line with these FOCUS values (any may be null). */
    public CostCategory resolve(String serviceCategory, String serviceName, String providerName, String skuId,
                                String chargeCategory) {
        boolean tax = TAX.equalsIgnoreCase(chargeCategory);
        for (Compiled rule : rules) {
            if ((!tax || rule.namesChargeCategory)
                    && rule.matches(serviceCategory, serviceName, providerName, skuId, chargeCategory)) {
                return rule.category;
            }
        }
        return tax ? CostCategory.TAX : CostCategory.OTHER;
    }

    /** One rule with a matcher per column it names (null: any value). */
    private record Compiled(ValueMatcher serviceCategory, ValueMatcher serviceName, ValueMatcher providerName,
                            ValueMatcher skuId, ValueMatcher chargeCategory, boolean namesChargeCategory,
                            CostCategory category) {

        static Compiled of(CategoryMatch match, CostCategory category) {
            return new Compiled(matcher(match.serviceCategory()), matcher(match.serviceName()),
                    matcher(match.providerName()), matcher(match.skuId()), matcher(match.chargeCategory()),
                    match.namesChargeCategory(), Objects.requireNonNull(category, "category"));
        }

        boolean matches(String serviceCategoryValue, String serviceNameValue, String providerNameValue,
                        String skuIdValue, String chargeCategoryValue) {
            return test(serviceCategory, serviceCategoryValue) && test(serviceName, serviceNameValue)
                    && test(providerName, providerNameValue) && test(skuId, skuIdValue)
                    && test(chargeCategory, chargeCategoryValue);
        }

        private static boolean test(ValueMatcher matcher, String value) {
            return matcher == null || matcher.matches(value);
        }

        private static ValueMatcher matcher(String pattern) {
            return pattern == null ? null : ValueMatcher.of(pattern);
        }
    }
}
