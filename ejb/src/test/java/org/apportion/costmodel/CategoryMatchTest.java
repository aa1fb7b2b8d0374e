package org.apportion.costmodel;

import java.util.Map;
import org.apportion.base.FieldProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CategoryMatchTest {

    @Test
    void aRuleMustNameAtLeastOneColumn() {
        assertThat(CategoryMatch.of(Map.of()).problems()).extracting(FieldProblem::field).containsExactly("match");
    }

    @Test
    void plainServiceAndChargeCategoriesMustBeFocusValues() {
        CategoryMatch match = CategoryMatch.of(Map.of("ServiceCategory", "Network", "ChargeCategory", "Fee",
                "ServiceName", " "));

        assertThat(match.problems()).extracting(FieldProblem::field).containsExactlyInAnyOrder(
                "match.ServiceCategory", "match.ChargeCategory", "match.ServiceName");
    }

    @Test
    void acceptsFocusValuesInAnyCaseAndWildcards() {
        assertThat(CategoryMatch.of(Map.of("ServiceCategory", "ai and machine learning")).problems()).isEmpty();
        assertThat(CategoryMatch.of(Map.of("ServiceCategory", "Net*", "ChargeCategory", "TAX")).problems()).isEmpty();
    }

    @Test
    void listsTheColumnsGivenByFocusName() {
        assertThat(CategoryMatch.of(Map.of("SkuId", "gpt-4o", "ProviderName", "OpenAI")).byColumn())
                .containsExactly(Map.entry("ProviderName", "OpenAI"), Map.entry("SkuId", "gpt-4o"));
    }
}
