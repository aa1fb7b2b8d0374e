package org.apportion.allocation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a line into parts by a rule, parts that add up to exactly the line's amount.
 * <p>
 * Amounts are dealt in units of 10<sup>-s</sup>, where s is the number of decimals the amount really has (trailing
 * zeros ignored, so a DECIMAL(48,30) value of 100.000… counts as 100), at least 2 and at most 30. The absolute amount
 * is split by {@link LargestRemainder} and the sign re-applied, so a credit splits as the mirror image of the
 * charge. Ratios are the weights' shares dealt the same way in units of 10<sup>-12</sup>, so they add up to exactly 1.
 * A zero amount gives one zero part, to the first weighted target, with ratio 1: every line leaves a trace.
 * One per pass: it remembers the ratios of recent weights, which repeat from line to line. Not thread-safe.
 */
final class LineSplitter {

    static final int MIN_SCALE = 2;
    static final int RATIO_SCALE = 12;
    private static final BigInteger RATIO_UNITS = BigInteger.TEN.pow(RATIO_SCALE);
    private static final BigDecimal WHOLE = BigDecimal.ONE.setScale(RATIO_SCALE);
    private static final int REMEMBERED_RATIOS = 10_000;

    private final SplitBasis basis;
    private final Map<List<BigDecimal>, BigInteger[]> ratios = new HashMap<>();

    LineSplitter(SplitBasis basis) {
        this.basis = basis;
    }

    /** The parts {@code rule} makes of {@code line}; the whole line on UNALLOCATED when it has nothing to split by. */
    List<AllocatedPart> allocate(SourceLine line, AllocationRule rule, AllocationStage stage) {
        List<WeightedTarget> targets = basis.weigh(rule, line);
        return targets.isEmpty()
                ? List.of(unallocated(line, stage, UnallocatedReason.NO_USAGE))
                : split(line, rule, stage, targets);
    }

    List<AllocatedPart> split(SourceLine line, AllocationRule rule, AllocationStage stage,
                              List<WeightedTarget> targets) {
        int scale = allocationScale(line.amount());
        if (line.amount().signum() == 0 || targets.size() == 1) {
            return List.of(part(line, rule, stage, targets.getFirst().costCenterCode(),
                    line.amount().setScale(scale), WHOLE));
        }
        List<BigDecimal> weights = new ArrayList<>(targets.size());
        targets.forEach(t -> weights.add(t.weight()));
        BigInteger[] units = LargestRemainder.apportion(line.amount().abs().setScale(scale).unscaledValue(), weights);
        BigInteger[] ratioUnits = ratiosOf(weights);
        List<AllocatedPart> parts = new ArrayList<>(targets.size());
        for (int i = 0; i < units.length; i++) {
            BigDecimal amount = new BigDecimal(units[i], scale);
            parts.add(part(line, rule, stage, targets.get(i).costCenterCode(),
                    line.amount().signum() < 0 ? amount.negate() : amount, new BigDecimal(ratioUnits[i], RATIO_SCALE)));
        }
        return parts;
    }

    /** The whole line on UNALLOCATED. */
    static AllocatedPart unallocated(SourceLine line, AllocationStage stage, UnallocatedReason reason) {
        return new AllocatedPart(line.id(), AllocatedPart.UNALLOCATED,
                line.amount().setScale(allocationScale(line.amount())), line.currency(),
                null, null, null, WHOLE, stage, reason);
    }

    /** The decimals parts of {@code amount} get: its own, at least {@value #MIN_SCALE}, at most 30. */
    static int allocationScale(BigDecimal amount) {
        int own = amount.signum() == 0 ? 0 : amount.stripTrailingZeros().scale();
        return Math.min(Math.max(own, MIN_SCALE), SourceLine.MAX_SCALE);
    }

    private BigInteger[] ratiosOf(List<BigDecimal> weights) {
        if (ratios.size() >= REMEMBERED_RATIOS) {
            ratios.clear();
        }
        return ratios.computeIfAbsent(weights, w -> LargestRemainder.apportion(RATIO_UNITS, w));
    }

    private static AllocatedPart part(SourceLine line, AllocationRule rule, AllocationStage stage, String costCenter,
                                      BigDecimal amount, BigDecimal ratio) {
        return new AllocatedPart(line.id(), costCenter, amount, line.currency(), rule.id(), rule.version(),
                rule.method(), ratio, stage, null);
    }
}
