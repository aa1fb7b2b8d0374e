package org.apportion.forecast;

/**
 * Seasonal naive with a weekly season: each day is forecast as the same weekday of the last known week. The
 * benchmark every other model must beat, and the scale of MASE. With less than a week of data it forecasts the
 * mean of the days known.
 */
public final class SeasonalNaive implements ForecastModel {

    /** Days in the season. */
    public static final int PERIOD = 7;

    @Override
    public ModelKind kind() {
        return ModelKind.SEASONAL_NAIVE;
    }

    @Override
    public FittedModel fit(double[] y, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("Nothing to fit: no data");
        }
        double[] lastWeek = new double[PERIOD];
        if (n >= PERIOD) {
            System.arraycopy(y, n - PERIOD, lastWeek, 0, PERIOD);
        } else {
            java.util.Arrays.fill(lastWeek, mean(y, n));
        }
        return new Fitted(lastWeek, residualSd(y, n));
    }

    private static double mean(double[] y, int n) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += y[i];
        }
        return sum / n;
    }

    /** Root mean square of the one-week differences, or of the deviations from the mean under a week. */
    private static double residualSd(double[] y, int n) {
        double sum = 0;
        int count = 0;
        if (n > PERIOD) {
            for (int t = PERIOD; t < n; t++) {
                double e = y[t] - y[t - PERIOD];
                sum += e * e;
                count++;
            }
        } else {
            double mean = mean(y, n);
            for (int t = 0; t < n; t++) {
                sum += (y[t] - mean) * (y[t] - mean);
                count++;
            }
        }
        return Math.sqrt(sum / count);
    }

    private record Fitted(double[] lastWeek, double sigma) implements FittedModel {

        @Override
        public ModelKind kind() {
            return ModelKind.SEASONAL_NAIVE;
        }

        @Override
        public double[] forecast(int horizon) {
            double[] f = new double[horizon];
            for (int h = 1; h <= horizon; h++) {
                f[h - 1] = lastWeek[(h - 1) % PERIOD];
            }
            return f;
        }

        /** Each further week repeats the same week's error once more: sigma times the root of the weeks ahead. */
        @Override
        public double standardError(int step) {
            return sigma * Math.sqrt((step - 1) / PERIOD + 1);
        }

        @Override
        public void backtest(double[] y, ForecastMatrix out) {
            for (int o = out.firstOrigin(); o < out.n(); o++) {
                int steps = out.steps(o);
                for (int h = 1; h <= steps; h++) {
                    out.set(o, h, y[o - PERIOD + (h - 1) % PERIOD]);
                }
            }
        }

        @Override
        public FittedModel refit(double[] y, int n) {
            return new SeasonalNaive().fit(y, n);
        }
    }
}
