package org.apportion.exports;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apportion.allocation.AllocationRule;

/**
 * What the rows of one allocation run are labelled with: the run, the rule versions it evaluated (as published
 * when it ran) and the cost centers by code.
 */
record RunContext(long runId, Map<String, AllocationRule> rules, Map<String, CostCenterRef> costCenters) {

    RunContext {
        rules = Map.copyOf(rules);
        costCenters = Map.copyOf(costCenters);
    }

    static RunContext of(long runId, List<AllocationRule> rules, List<CostCenterRef> costCenters) {
        return new RunContext(runId,
                rules.stream().collect(Collectors.toMap(r -> key(r.id(), r.version()), r -> r, (a, b) -> a)),
                costCenters.stream().collect(Collectors.toMap(CostCenterRef::code, Function.identity(), (a, b) -> a)));
    }

    /** The rule version that made a part; null for the unallocated cost no rule took. */
    AllocationRule rule(AllocatedShare share) {
        return share.ruleId() == null ? null : rules.get(key(share.ruleId().toString(), share.ruleVersion()));
    }

    /** The cost center of a code; one deleted since the run is named by its code. */
    CostCenterRef costCenter(String code) {
        CostCenterRef known = costCenters.get(code);
        return known != null ? known : new CostCenterRef(code, code, null);
    }

    private static String key(String ruleId, Integer version) {
        return ruleId + "#" + version;
    }
}
