package org.apportion.exports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AllocatedTagsTest {

    @Test
    void tagsTheCostCenterAndItsParentInApportionsScheme() {
        assertThat(AllocatedTags.of(new CostCenterRef("TEAM-A", "Team A", "CO"), "{\"environment\":\"prod\"}"))
                .isEqualTo("{\"apportion/CostCenter\":\"TEAM-A\",\"apportion/ParentCostCenter\":\"CO\"}");
        assertThat(AllocatedTags.of(new CostCenterRef("CO", "Company", null), null))
                .isEqualTo("{\"apportion/CostCenter\":\"CO\"}");
    }

    @Test
    void leavesOutWhatTheOriginsTagsAlreadyHold() {
        String origin = "{\"apportion/CostCenter\":\"TEAM-A\",\"apportion/ParentCostCenter\":\"OTHER\"}";

        assertThat(AllocatedTags.of(new CostCenterRef("TEAM-A", "Team A", "CO"), origin))
                .isEqualTo("{\"apportion/ParentCostCenter\":\"CO\"}");
        assertThat(AllocatedTags.of(new CostCenterRef("TEAM-A", "Team A", null), origin)).isNull();
    }
}
