package org.apportion.costmodel;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

class CostCenterHierarchyTest {

    /** ACME → PLAT → PLAT-DATA, PLAT-WEB; ACME → SALES; UNALLOCATED. */
    private static final CostCenterHierarchy ACME = CostCenterHierarchy.of(parents(
            "ACME", null, "PLAT", "ACME", "PLAT-DATA", "PLAT", "PLAT-WEB", "PLAT", "SALES", "ACME",
            "UNALLOCATED", null));

    private static Map<String, String> parents(String... codeThenParent) {
        Map<String, String> parents = new HashMap<>();
        for (int i = 0; i < codeThenParent.length; i += 2) {
            parents.put(codeThenParent[i], codeThenParent[i + 1]);
        }
        return parents;
    }

    @Test
    void knowsParentsChildrenAncestorsAndPaths() {
        assertThat(ACME.roots()).containsExactly("ACME", "UNALLOCATED");
        assertThat(ACME.childrenOf("PLAT")).containsExactly("PLAT-DATA", "PLAT-WEB");
        assertThat(ACME.parentOf("PLAT-DATA")).contains("PLAT");
        assertThat(ACME.parentOf("ACME")).isEmpty();
        assertThat(ACME.ancestorsOf("PLAT-DATA")).containsExactly("PLAT", "ACME");
        assertThat(ACME.pathOf("PLAT-DATA")).containsExactly("ACME", "PLAT", "PLAT-DATA");
        assertThat(ACME.descendantsOf("ACME")).containsExactlyInAnyOrder("PLAT", "PLAT-DATA", "PLAT-WEB", "SALES");
        assertThat(ACME.codes()).containsExactly("ACME", "PLAT", "PLAT-DATA", "PLAT-WEB", "SALES", "UNALLOCATED");
    }

    @Test
    void rollsLeafAmountsUpToEveryAncestor() {
        Map<String, BigDecimal> totals = ACME.rollUp(Map.of(
                "PLAT-DATA", new BigDecimal("100.10"),
                "PLAT-WEB", new BigDecimal("0.000000000001"),
                "SALES", new BigDecimal("5"),
                "UNALLOCATED", new BigDecimal("7.5")));

        assertThat(totals).containsExactly(
                entry("ACME", new BigDecimal("105.100000000001")),
                entry("PLAT", new BigDecimal("100.100000000001")),
                entry("PLAT-DATA", new BigDecimal("100.10")),
                entry("PLAT-WEB", new BigDecimal("0.000000000001")),
                entry("SALES", new BigDecimal("5")),
                entry("UNALLOCATED", new BigDecimal("7.5")));
    }

    @Test
    void anAmountOnAnInnerCostCenterCountsForItAndItsAncestorsOnly() {
        Map<String, BigDecimal> totals = ACME.rollUp(Map.of("PLAT", BigDecimal.TEN, "PLAT-DATA", BigDecimal.ONE));

        assertThat(totals.get("PLAT")).isEqualByComparingTo("11");
        assertThat(totals.get("ACME")).isEqualByComparingTo("11");
        assertThat(totals.get("PLAT-WEB")).isEqualByComparingTo("0");
        assertThat(totals.get("UNALLOCATED")).isEqualByComparingTo("0");
    }

    @Test
    void rollingUpAnUnknownCodeNamesIt() {
        assertThatThrownBy(() -> ACME.rollUp(Map.of("NOPE", BigDecimal.ONE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NOPE");
    }

    @Test
    void seesTheCycleANewParentWouldClose() {
        assertThat(ACME.wouldCycle("PLAT", "PLAT")).isTrue();
        assertThat(ACME.wouldCycle("PLAT", "PLAT-DATA")).isTrue();
        assertThat(ACME.wouldCycle("ACME", "PLAT-WEB")).isTrue();
        assertThat(ACME.wouldCycle("PLAT-DATA", "SALES")).isFalse();
        assertThat(ACME.wouldCycle("NEW", "PLAT")).isFalse();
    }

    @Test
    void refusesUnknownParentsAndCycles() {
        assertThatThrownBy(() -> CostCenterHierarchy.of(parents("A", "B")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown parent B");
        assertThatThrownBy(() -> CostCenterHierarchy.of(parents("A", "B", "B", "C", "C", "A")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cycle");
    }
}
