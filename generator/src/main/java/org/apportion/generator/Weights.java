package org.apportion.generator;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Draws an index with probability proportional to its weight. */
final class Weights {

    private final int[] cumulative;

    private Weights(int[] cumulative) {
        this.cumulative = cumulative;
    }

    static Weights of(int... weights) {
        int[] sums = new int[weights.length];
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            sums[i] = sum;
        }
        return new Weights(sums);
    }

    int pick(SplittableRandom random) {
        int target = random.nextInt(cumulative[cumulative.length - 1]);
        int index = Arrays.binarySearch(cumulative, target + 1);
        return index >= 0 ? index : -index - 1;
    }
}
