package org.apportion.forecast;

import java.util.Arrays;

/**
 * Quantiles of the chosen model's backtest errors (actual minus forecast), per step ahead and per sum of steps
 * 1 to k: the raw material of the prediction intervals.
 * <ul>
 *   <li>Errors are taken relative to the mean absolute cost of the {@value #LEVEL_DAYS} days before their origin
 *   and scaled back by today's: cost noise grows with the cost, so a growing series' older errors would
 *   understate today's. (Absolute errors if any such mean is 0.)</li>
 *   <li>Quantiles are widened for the few independent samples behind them ({@link SmallSampleWidening}).</li>
 *   <li>A step's daily quantiles are averaged with those of the two steps either side: errors change slowly
 *   with the step, and the average steadies the 2.5 % tails. Sums are not smoothed.</li>
 *   <li>A step whose samples are fewer than {@link #MIN_SAMPLES} has no quantiles of its own
 *   ({@link Intervals} extrapolates them).</li>
 * </ul>
 */
final class ErrorQuantiles {

    /** Lower 95 %, lower 80 %, upper 80 %, upper 95 %. */
    static final double[] PROBABILITIES = {0.025, 0.10, 0.90, 0.975};
    static final int MIN_SAMPLES = 20;
    static final int LEVEL_DAYS = 28;
    private static final int SMOOTHING = 2;

    private final double[][] daily;
    /** The sums' errors, made into quantiles only when asked for: a forecast needs a handful of the 90. */
    private final double[][] sumErrors;
    private final double[][] sums;
    private final int lastReliable;
    private final double levelNow;

    private ErrorQuantiles(double[][] daily, double[][] sumErrors, int lastReliable, double levelNow) {
        this.daily = daily;
        this.sumErrors = sumErrors;
        this.sums = new double[sumErrors.length][];
        this.lastReliable = lastReliable;
        this.levelNow = levelNow;
    }

    /** No backtest: every interval comes from the model's own standard errors. */
    static ErrorQuantiles none() {
        return new ErrorQuantiles(new double[1][], new double[1][], 0, 1);
    }

    /** The errors of the last {@code origins} origins checkable at each step of {@code m}. */
    static ErrorQuantiles of(double[] y, ForecastMatrix m, int origins) {
        int steps = m.maxStep();
        int n = m.n();
        double[][] errors = new double[steps + 1][];
        double[][] sumErrors = new double[steps + 1][];
        int[] filled = new int[steps + 1];
        for (int h = 1; h <= steps; h++) {
            int count = Math.max(0, n - h - Backtest.firstScoredOrigin(m, h, origins) + 1);
            errors[h] = new double[count];
            sumErrors[h] = new double[count];
        }
        double[] level = levels(y, n, m.firstOrigin());
        for (int o = m.firstOrigin(); o < n; o++) {
            double cumulative = 0;
            int last = m.steps(o);
            for (int h = 1; h <= last; h++) {
                double e = (y[o + h - 1] - m.get(o, h)) / level[o];
                cumulative += e;
                if (o >= Backtest.firstScoredOrigin(m, h, origins)) {
                    errors[h][filled[h]] = e;
                    sumErrors[h][filled[h]] = cumulative;
                    filled[h]++;
                }
            }
        }
        double[][] raw = new double[steps + 1][];
        int lastReliable = 0;
        for (int h = 1; h <= steps && filled[h] >= MIN_SAMPLES; h++) {
            raw[h] = quantiles(errors[h]);
            lastReliable = h;
        }
        double[][] daily = new double[steps + 1][];
        for (int h = 1; h <= lastReliable; h++) {
            double[] mean = new double[PROBABILITIES.length];
            int from = Math.max(1, h - SMOOTHING);
            int to = Math.min(lastReliable, h + SMOOTHING);
            for (int j = from; j <= to; j++) {
                for (int p = 0; p < mean.length; p++) {
                    mean[p] += raw[j][p] * level[n] / (to - from + 1);
                }
            }
            daily[h] = mean;
        }
        return new ErrorQuantiles(daily, sumErrors, lastReliable, level[n]);
    }

    /** Widened quantiles of errors in origin order (sorts them). */
    private static double[] quantiles(double[] errors) {
        int samples = SmallSampleWidening.effectiveSamples(errors, errors.length);
        double[] q = Quantiles.of(errors, errors.length, PROBABILITIES);
        SmallSampleWidening.widen(q, Quantiles.sorted(errors, errors.length, 0.5), samples);
        return q;
    }

    /** The mean absolute cost of the days before each origin, or all 1 if one of them is 0. */
    private static double[] levels(double[] y, int n, int firstOrigin) {
        double[] prefix = new double[n + 1];
        for (int t = 0; t < n; t++) {
            prefix[t + 1] = prefix[t] + Math.abs(y[t]);
        }
        double[] level = new double[n + 1];
        for (int o = firstOrigin; o <= n; o++) {
            int from = Math.max(0, o - LEVEL_DAYS);
            level[o] = (prefix[o] - prefix[from]) / (o - from);
            if (!(level[o] > 0)) {
                Arrays.fill(level, 1);
                return level;
            }
        }
        return level;
    }

    /** The largest step with quantiles of its own; 0 if none. */
    int lastDaily() {
        return lastReliable;
    }

    /** The largest sum length with quantiles of its own; 0 if none. */
    int lastSum() {
        return lastReliable;
    }

    /** The error quantiles of step {@code h} ({@code 1 <= h <= lastDaily()}), in {@link #PROBABILITIES} order. */
    double[] daily(int h) {
        return daily[h];
    }

    /** The quantiles of the error of the sum of steps 1 to {@code k} ({@code 1 <= k <= lastSum()}). */
    double[] sum(int k) {
        if (sums[k] == null) {
            double[] q = quantiles(sumErrors[k]);
            for (int p = 0; p < q.length; p++) {
                q[p] *= levelNow;
            }
            sums[k] = q;
        }
        return sums[k];
    }
}
