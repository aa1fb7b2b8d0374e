package org.apportion.costmodel;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apportion.base.FieldProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class CostCenterChecksTest {

    private static final LocalDate JAN = LocalDate.of(2025, 1, 1);
    private final CostCenterChecks checks = new CostCenterChecks(CostCenterHierarchy.of(hierarchy()));

    private static Map<String, String> hierarchy() {
        Map<String, String> parents = new HashMap<>();
        parents.put("ACME", null);
        parents.put("PLAT", "ACME");
        parents.put("PLAT-DATA", "PLAT");
        parents.put(CostCenter.UNALLOCATED, null);
        return parents;
    }

    private static CostCenterDetails under(String parent) {
        return new CostCenterDetails("Platform", parent, "ana@example.com", JAN, null, null);
    }

    private static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }

    @Test
    void acceptsAWellFormedCostCenterUnderAKnownParent() {
        assertThat(checks.ofNew("PLAT-ML_2.EU", under("PLAT"))).isEmpty();
        assertThat(checks.ofDetails("PLAT-DATA", under("ACME"))).isEmpty();
    }

    @Test
    void namesEveryBadField() {
        CostCenterDetails bad = new CostCenterDetails(" ", "NOPE", null, JAN, JAN.minusDays(1), "x".repeat(1025));

        assertThat(fields(checks.ofNew("plat data", bad)))
                .containsExactlyInAnyOrder("code", "name", "description", "parentCode", "activeTo");
        assertThat(fields(checks.ofNew(null, new CostCenterDetails(null, null, null, null, null, null))))
                .containsExactlyInAnyOrder("code", "name", "activeFrom");
    }

    @Test
    void refusesAParentThatIsItselfOrBelowIt() {
        assertThat(checks.ofDetails("PLAT", under("PLAT")))
                .extracting(FieldProblem::field, FieldProblem::message)
                .containsExactly(tuple("parentCode", "a cost center cannot be its own parent"));
        assertThat(checks.ofDetails("ACME", under("PLAT-DATA")))
                .extracting(FieldProblem::message)
                .containsExactly("PLAT-DATA is below ACME: it cannot become its parent (cycle)");
    }

    @Test
    void keepsUnallocatedAnAlwaysActiveRootWithoutChildren() {
        assertThat(fields(checks.ofDetails(CostCenter.UNALLOCATED, under("ACME")))).containsExactly("parentCode");
        assertThat(fields(checks.ofDetails(CostCenter.UNALLOCATED,
                new CostCenterDetails("Unallocated", null, null, JAN, JAN.plusYears(1), null)))).containsExactly("activeTo");
        assertThat(fields(checks.ofNew("TEAM", under(CostCenter.UNALLOCATED)))).containsExactly("parentCode");
    }

    @Test
    void activeToIsTheLastActiveDay() {
        CostCenter oneDay = new CostCenter("ONE-DAY", new CostCenterDetails("One day", null, null, JAN, JAN, null));

        assertThat(checks.ofNew("ONE-DAY", oneDay.details())).isEmpty();
        assertThat(oneDay.isActiveOn(JAN)).isTrue();
        assertThat(oneDay.isActiveOn(JAN.plusDays(1))).isFalse();
        assertThat(oneDay.isActiveOn(JAN.minusDays(1))).isFalse();
    }
}
