package org.apportion.exports;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apportion.allocation.LargestRemainder;

/**
 * Splits a summable metric of an origin charge (ListCost, ContractedCost, the quantities) over its allocated
 * charges by their ratios, so that the shares add up to the origin's value exactly, as FOCUS 1.3 asks of every
 * summable metric of a split cost allocation. Shares keep the decimals the value really has (at least 2, at
 * most 30, as the allocate job splits BilledCost); the units left over by rounding down go to the largest
 * remainders; a negative value splits as the mirror image of a positive one.
 */
final class ProRata {

    static final int MIN_SCALE = 2;
    static final int MAX_SCALE = 30;

    private ProRata() {
    }

    /** The shares of {@code value} by {@code ratios} (at least one positive); all null when the value is null. */
    static List<BigDecimal> split(BigDecimal value, List<BigDecimal> ratios) {
        if (value == null) {
            return Collections.nCopies(ratios.size(), null);
        }
        if (ratios.size() == 1) {
            return List.of(value);
        }
        int scale = scaleOf(value);
        BigInteger[] units = LargestRemainder.apportion(value.abs().setScale(scale).unscaledValue(), ratios);
        List<BigDecimal> shares = new ArrayList<>(units.length);
        for (BigInteger unit : units) {
            BigDecimal share = new BigDecimal(unit, scale);
            shares.add(value.signum() < 0 ? share.negate() : share);
        }
        return shares;
    }

    /** The decimals the shares of {@code value} get: its own (trailing zeros aside), within the bounds. */
    static int scaleOf(BigDecimal value) {
        int own = value.signum() == 0 ? 0 : value.stripTrailingZeros().scale();
        return Math.min(Math.max(own, MIN_SCALE), MAX_SCALE);
    }
}
