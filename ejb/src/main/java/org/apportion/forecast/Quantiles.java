package org.apportion.forecast;

import java.util.Arrays;

/** Empirical quantiles, interpolated between order statistics (Hyndman and Fan's type 7, as R and NumPy default). */
final class Quantiles {

    private Quantiles() {
    }

    /** Sorts the first {@code count} values in place and returns their quantiles at each of {@code probabilities}. */
    static double[] of(double[] values, int count, double... probabilities) {
        Arrays.sort(values, 0, count);
        double[] q = new double[probabilities.length];
        for (int i = 0; i < q.length; i++) {
            q[i] = sorted(values, count, probabilities[i]);
        }
        return q;
    }

    static double sorted(double[] sorted, int count, double p) {
        double position = p * (count - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, count - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
