package org.apportion.allocation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins the engine's split of a line's BilledCost and of its EffectiveCost into one part per cost center.
 * The same rule matches both (matching does not look at amounts); a cost center one split leaves out (a zero
 * amount goes whole to the first target) gets zero of that cost. The ratio is the billed split's unless the
 * billed cost is zero.
 */
final class TwoCostSplit {

    private TwoCostSplit() {
    }

    static List<AllocatedCost> join(AllocationSource source, List<AllocatedPart> billed, List<AllocatedPart> effective) {
        Map<String, AllocatedPart[]> byCenter = new LinkedHashMap<>();
        billed.forEach(p -> byCenter.computeIfAbsent(p.costCenterCode(), k -> new AllocatedPart[2])[0] = p);
        effective.forEach(p -> byCenter.computeIfAbsent(p.costCenterCode(), k -> new AllocatedPart[2])[1] = p);
        boolean billedRatio = source.billedCost().signum() != 0 || source.effectiveCost().signum() == 0;
        List<AllocatedCost> parts = new ArrayList<>(byCenter.size());
        byCenter.forEach((center, pair) -> {
            AllocatedPart described = pair[0] != null ? pair[0] : pair[1];
            AllocatedPart ratioOf = billedRatio ? pair[0] : pair[1];
            parts.add(new AllocatedCost(source, center, described.stage(), described.method(), described.ruleId(),
                    described.ruleVersion(), ratioOf == null ? BigDecimal.ZERO : ratioOf.ratio(), amount(pair[0]),
                    amount(pair[1])));
        });
        return parts;
    }

    private static BigDecimal amount(AllocatedPart part) {
        return part == null ? BigDecimal.ZERO : part.amount();
    }
}
