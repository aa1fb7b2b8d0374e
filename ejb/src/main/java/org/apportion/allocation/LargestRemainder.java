package org.apportion.allocation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * Deals out a whole number of units in proportion to weights so that the shares add up to exactly that number:
 * each share gets the floor of its exact quota, then the units left over (fewer than the number of shares) go one
 * each to the shares with the largest remainders, ties to the earlier share. Integer arithmetic throughout, so the
 * result is exact and the same on every run.
 */
public final class LargestRemainder {

    private LargestRemainder() {
    }

    /** {@code units} (zero or more) dealt by {@code weights} (zero or more, at least one positive). */
    public static BigInteger[] apportion(BigInteger units, List<BigDecimal> weights) {
        BigInteger[] whole = wholeWeights(weights);
        BigInteger total = sum(whole);
        BigInteger[] shares = new BigInteger[whole.length];
        BigInteger[] remainders = new BigInteger[whole.length];
        BigInteger dealt = BigInteger.ZERO;
        for (int i = 0; i < whole.length; i++) {
            BigInteger[] quotient = units.multiply(whole[i]).divideAndRemainder(total);
            shares[i] = quotient[0];
            remainders[i] = quotient[1];
            dealt = dealt.add(quotient[0]);
        }
        int leftOver = units.subtract(dealt).intValueExact();
        for (int unit = 0; unit < leftOver; unit++) {
            int largest = largestRemainder(remainders);
            shares[largest] = shares[largest].add(BigInteger.ONE);
            remainders[largest] = BigInteger.ONE.negate();
        }
        return shares;
    }

    /** The index of the largest remainder, the first of equals; a share that got its extra unit is marked -1. */
    private static int largestRemainder(BigInteger[] remainders) {
        int largest = 0;
        for (int i = 1; i < remainders.length; i++) {
            if (remainders[i].compareTo(remainders[largest]) > 0) {
                largest = i;
            }
        }
        return largest;
    }

    /** The weights as integers on a common scale: the same proportions, no division needed. */
    private static BigInteger[] wholeWeights(List<BigDecimal> weights) {
        int scale = 0;
        for (BigDecimal weight : weights) {
            scale = Math.max(scale, weight.scale());
        }
        BigInteger[] whole = new BigInteger[weights.size()];
        for (int i = 0; i < whole.length; i++) {
            whole[i] = weights.get(i).setScale(scale).unscaledValue();
        }
        return whole;
    }

    private static BigInteger sum(BigInteger[] values) {
        BigInteger sum = BigInteger.ZERO;
        for (BigInteger value : values) {
            sum = sum.add(value);
        }
        if (sum.signum() <= 0) {
            throw new IllegalArgumentException("Nothing to split by: the weights add up to " + sum);
        }
        return sum;
    }
}
