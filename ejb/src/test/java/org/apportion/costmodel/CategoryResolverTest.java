package org.apportion.costmodel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CategoryResolverTest {

    private static CategoryRule rule(int priority, CostCategory category, String... columnThenValue) {
        Map<String, String> match = new HashMap<>();
        for (int i = 0; i < columnThenValue.length; i += 2) {
            match.put(columnThenValue[i], columnThenValue[i + 1]);
        }
        return new CategoryRule(priority, CategoryMatch.of(match), category, null);
    }

    /** A few of the seeded defaults (V11), out of order to show the priority decides. */
    private static final List<CategoryRule> DEFAULTS = List.of(
            rule(1030, CostCategory.COMPUTE, "ServiceCategory", "Compute"),
            rule(1000, CostCategory.AI_LLM_API, "ServiceCategory", "AI and Machine Learning"),
            rule(100, CostCategory.SUPPORT, "ServiceName", "*Support*"),
            rule(200, CostCategory.AI_LLM_API, "ProviderName", "OpenAI"),
            rule(1160, CostCategory.STORAGE, "ServiceCategory", "Storage"),
            rule(1080, CostCategory.COMPUTE, "ServiceCategory", "Integration"),
            rule(1180, CostCategory.OTHER, "ServiceCategory", "Other"));

    private final CategoryResolver defaults = CategoryResolver.of(DEFAULTS);

    @Test
    void theRuleWithTheLowestPriorityThatMatchesWins() {
        assertThat(defaults.resolve("Compute", "Amazon Elastic Compute Cloud", "AWS", "X", "Usage"))
                .isEqualTo(CostCategory.COMPUTE);
        assertThat(defaults.resolve("Other", "AWS Support (Business)", "AWS", null, "Usage"))
                .isEqualTo(CostCategory.SUPPORT);
        assertThat(defaults.resolve("Compute", "Chat completions", "OpenAI", "gpt-4o", "Usage"))
                .isEqualTo(CostCategory.AI_LLM_API);
    }

    @Test
    void matchesIgnoringCase() {
        assertThat(defaults.resolve("STORAGE", "S3", "AWS", null, "usage")).isEqualTo(CostCategory.STORAGE);
        assertThat(defaults.resolve("Other", "Premium SUPPORT", "Azure", null, "Usage")).isEqualTo(CostCategory.SUPPORT);
    }

    @Test
    void aLineNoRuleMatchesIsOther() {
        assertThat(defaults.resolve("Analytics", "BigQuery", "Google Cloud", null, "Usage")).isEqualTo(CostCategory.OTHER);
        assertThat(defaults.resolve(null, null, null, null, null)).isEqualTo(CostCategory.OTHER);
        assertThat(CategoryResolver.of(List.of()).resolve("Compute", "EC2", "AWS", null, "Usage"))
                .isEqualTo(CostCategory.OTHER);
    }

    @Test
    void taxIsTaxUnlessARuleNamingChargeCategorySaysOtherwise() {
        assertThat(defaults.resolve("Compute", "Amazon Elastic Compute Cloud", "AWS", null, "Tax"))
                .isEqualTo(CostCategory.TAX);
        assertThat(defaults.resolve("AI and Machine Learning", "API", "OpenAI", null, "tax")).isEqualTo(CostCategory.TAX);

        List<CategoryRule> withOverride = new ArrayList<>(DEFAULTS);
        withOverride.add(rule(5000, CostCategory.SAAS_LICENSES, "ChargeCategory", "Tax", "ProviderName", "Acme SaaS"));
        CategoryResolver resolver = CategoryResolver.of(withOverride);
        assertThat(resolver.resolve("Other", "Seats", "Acme SaaS", null, "Tax")).isEqualTo(CostCategory.SAAS_LICENSES);
        assertThat(resolver.resolve("Other", "Seats", "Other SaaS", null, "Tax")).isEqualTo(CostCategory.TAX);
    }

    @Test
    void everyCriterionOfARuleMustMatch() {
        CategoryResolver resolver = CategoryResolver.of(List.of(
                rule(1, CostCategory.AI_LLM_API, "ProviderName", "AWS", "ServiceName", "Amazon Bedrock"),
                rule(2, CostCategory.COMPUTE, "ProviderName", "AWS")));

        assertThat(resolver.resolve("AI and Machine Learning", "Amazon Bedrock", "AWS", null, "Usage"))
                .isEqualTo(CostCategory.AI_LLM_API);
        assertThat(resolver.resolve("AI and Machine Learning", "Amazon SageMaker", "AWS", null, "Usage"))
                .isEqualTo(CostCategory.COMPUTE);
    }

    @Test
    void wildcardsMatchPrefixesSuffixesAndPatterns() {
        CategoryResolver resolver = CategoryResolver.of(List.of(
                rule(1, CostCategory.AI_LLM_API, "SkuId", "gpt-4*"),
                rule(2, CostCategory.STORAGE, "SkuId", "*-storage"),
                rule(3, CostCategory.NETWORKING, "SkuId", "net*egress*eu"),
                rule(4, CostCategory.SECURITY_COMPLIANCE, "SkuId", "*")));

        assertThat(resolver.resolve(null, null, null, "GPT-4o-mini", null)).isEqualTo(CostCategory.AI_LLM_API);
        assertThat(resolver.resolve(null, null, null, "blob-storage", null)).isEqualTo(CostCategory.STORAGE);
        assertThat(resolver.resolve(null, null, null, "net.(egress)+EU", null)).isEqualTo(CostCategory.NETWORKING);
        assertThat(resolver.resolve(null, null, null, "net-ingress-eu", null)).isEqualTo(CostCategory.SECURITY_COMPLIANCE);
        assertThat(resolver.resolve(null, null, null, null, null)).isEqualTo(CostCategory.OTHER);
    }

    @Test
    void equalPrioritiesKeepTheirListOrder() {
        CategoryResolver resolver = CategoryResolver.of(List.of(
                rule(10, CostCategory.STORAGE, "ProviderName", "AWS"),
                rule(10, CostCategory.COMPUTE, "ProviderName", "AWS")));

        assertThat(resolver.resolve(null, null, "AWS", null, "Usage")).isEqualTo(CostCategory.STORAGE);
    }

    @Test
    void resolvesTheSameLineTheSameWayEveryTime() {
        String[][] lines = {
                {"Compute", "Amazon Elastic Compute Cloud", "AWS", "G95FST5FTYV3JSRX", "Usage"},
                {"Storage", "Amazon Simple Storage Service", "AWS", "WP9ANXZGBYYSGJEA", "Usage"},
                {"Management and Governance", "AmazonCloudWatch", "AWS", null, "Usage"},
                {"AI and Machine Learning", "Chat completions", "OpenAI", "gpt-4o", "Usage"},
                {"Compute", "Virtual Machines", "Microsoft", null, "Tax"},
        };
        int[] counts = new int[CostCategory.values().length];
        for (int i = 0; i < 1_000_000; i++) {
            String[] l = lines[i % lines.length];
            counts[defaults.resolve(l[0], l[1], l[2], l[3], l[4]).ordinal()]++;
        }

        assertThat(counts[CostCategory.TAX.ordinal()]).isEqualTo(200_000);
        assertThat(counts[CostCategory.OTHER.ordinal()]).isEqualTo(200_000);
    }
}
