package org.apportion.forecast;

import org.hipparchus.distribution.continuous.TDistribution;

/**
 * Widens empirical error quantiles for the few independent samples behind them. Backtest errors of consecutive
 * origins overlap: two 30-day sums a day apart share 29 days, and a model's level error persists for weeks, so a
 * year of daily origins holds only a handful of independent 30-day outcomes, and quantiles of so few samples are
 * too narrow on average. The effective sample size comes from the lag-1 autocorrelation r of the errors in origin
 * order, {@code n_eff = n (1 - r) / (1 + r)} (as for an AR(1) series), and the quantiles' distances from the
 * median are stretched by the normal-theory ratio of a prediction interval from n_eff samples to one from a known
 * distribution: {@code t(n_eff - 1, p) * sqrt(1 + 1/n_eff) / z(p)}.
 */
final class SmallSampleWidening {

    private static final int TABLE_SIZE = 1_000;
    private static final double[] FACTOR_80 = new double[TABLE_SIZE + 1];
    private static final double[] FACTOR_95 = new double[TABLE_SIZE + 1];

    static {
        // Student's t quantiles are solved numerically: once per sample size, not once per forecast.
        for (int n = 2; n <= TABLE_SIZE; n++) {
            TDistribution t = new TDistribution(n - 1);
            double predictive = Math.sqrt(1 + 1.0 / n);
            FACTOR_80[n] = t.inverseCumulativeProbability(0.90) * predictive / 1.2815516;
            FACTOR_95[n] = t.inverseCumulativeProbability(0.975) * predictive / 1.9599640;
        }
    }

    private SmallSampleWidening() {
    }

    /** The effective number of independent samples among {@code count} values in origin order (2 to count). */
    static int effectiveSamples(double[] values, int count) {
        double mean = 0;
        for (int i = 0; i < count; i++) {
            mean += values[i];
        }
        mean /= count;
        double lag0 = 0;
        double lag1 = 0;
        for (int i = 0; i < count; i++) {
            double d = values[i] - mean;
            lag0 += d * d;
            if (i > 0) {
                lag1 += d * (values[i - 1] - mean);
            }
        }
        double r = lag0 > 0 ? Math.clamp(lag1 / lag0, 0, 0.999) : 0;
        return (int) Math.clamp(Math.round(count * (1 - r) / (1 + r)), 2, Math.max(2, count));
    }

    /**
     * Stretches quantiles (lower 95, lower 80, upper 80, upper 95) away from {@code median} in place for
     * {@code samples} effective samples.
     */
    static void widen(double[] q, double median, int samples) {
        int n = Math.min(samples, TABLE_SIZE);
        q[0] = median + FACTOR_95[n] * (q[0] - median);
        q[1] = median + FACTOR_80[n] * (q[1] - median);
        q[2] = median + FACTOR_80[n] * (q[2] - median);
        q[3] = median + FACTOR_95[n] * (q[3] - median);
    }
}
