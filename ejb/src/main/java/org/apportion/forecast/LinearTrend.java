package org.apportion.forecast;

/**
 * A straight line through the recent past: ordinary least squares of cost on time over the last
 * {@link #window()} days, with an intercept per weekday (additive day-of-week effects, as in a regression with
 * weekday dummies) once two weeks are known. A recent window rather than all history because cost trends change
 * when projects start or stop; a run-rate line of the last half year is what a FinOps analyst draws by hand.
 */
public final class LinearTrend implements ForecastModel {

    /** The default window: 26 weeks. */
    public static final int DEFAULT_WINDOW = 182;
    private static final int PERIOD = SeasonalNaive.PERIOD;

    private final int window;

    public LinearTrend() {
        this(DEFAULT_WINDOW);
    }

    public LinearTrend(int window) {
        if (window < 2) {
            throw new IllegalArgumentException("window must be 2 days or more, was " + window);
        }
        this.window = window;
    }

    public int window() {
        return window;
    }

    @Override
    public ModelKind kind() {
        return ModelKind.LINEAR_TREND;
    }

    @Override
    public FittedModel fit(double[] y, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("Nothing to fit: no data");
        }
        return new Fitted(this, Line.fit(y, Math.max(0, n - window), n));
    }

    /**
     * The fitted line: {@code intercepts[t % 7] + slope * t}, with what its standard error needs. Time {@code t}
     * is the day's index in the series, so the weekday of an intercept does not depend on the window.
     */
    record Line(double slope, double[] intercepts, double sigma, int count, int end, double meanTime, double sxx) {

        static Line fit(double[] y, int from, int to) {
            int m = to - from;
            boolean weekdays = m >= 2 * PERIOD;
            int groups = weekdays ? PERIOD : 1;
            double[] sumT = new double[groups];
            double[] sumY = new double[groups];
            int[] counts = new int[groups];
            for (int t = from; t < to; t++) {
                int g = weekdays ? t % PERIOD : 0;
                sumT[g] += t;
                sumY[g] += y[t];
                counts[g]++;
            }
            double[] meanT = new double[groups];
            double[] meanY = new double[groups];
            for (int g = 0; g < groups; g++) {
                meanT[g] = sumT[g] / counts[g];
                meanY[g] = sumY[g] / counts[g];
            }
            double sxx = 0;
            double sxy = 0;
            for (int t = from; t < to; t++) {
                int g = weekdays ? t % PERIOD : 0;
                double dt = t - meanT[g];
                sxx += dt * dt;
                sxy += dt * (y[t] - meanY[g]);
            }
            double slope = sxx > 0 ? sxy / sxx : 0;
            double[] intercepts = new double[PERIOD];
            for (int d = 0; d < PERIOD; d++) {
                int g = weekdays ? d : 0;
                intercepts[d] = meanY[g] - slope * meanT[g];
            }
            double rss = 0;
            for (int t = from; t < to; t++) {
                double e = y[t] - (intercepts[t % PERIOD] + slope * t);
                rss += e * e;
            }
            int parameters = groups + (m > groups ? 1 : 0);
            double sigma = m > parameters ? Math.sqrt(rss / (m - parameters)) : Math.abs(meanY[0]);
            double meanTime = (from + to - 1) / 2.0;
            return new Line(slope, intercepts, sigma, m, to, meanTime, sxx);
        }

        double at(int t) {
            return intercepts[t % PERIOD] + slope * t;
        }

        /** The OLS prediction error of one new day at time {@code t}: residual spread plus the line's own uncertainty. */
        double standardError(int t) {
            double leverage = sxx > 0 ? (t - meanTime) * (t - meanTime) / sxx : 0;
            return sigma * Math.sqrt(1 + 1.0 / count + leverage);
        }
    }

    private record Fitted(LinearTrend model, Line line) implements FittedModel {

        @Override
        public ModelKind kind() {
            return ModelKind.LINEAR_TREND;
        }

        @Override
        public double[] forecast(int horizon) {
            double[] f = new double[horizon];
            int next = line.end;
            for (int h = 1; h <= horizon; h++) {
                f[h - 1] = line.at(next + h - 1);
            }
            return f;
        }

        @Override
        public double standardError(int step) {
            return line.standardError(line.end + step - 1);
        }

        /**
         * Re-estimates the line over the window before each origin (OLS has no parameters to keep), sliding
         * per-weekday sums along instead of refitting the window: constant work per origin.
         */
        @Override
        public void backtest(double[] y, ForecastMatrix out) {
            SlidingSums sums = new SlidingSums();
            int first = out.firstOrigin();
            for (int t = Math.max(0, first - model.window); t < first; t++) {
                sums.add(t, y[t]);
            }
            double[] intercepts = new double[PERIOD];
            for (int o = first; o < out.n(); o++) {
                double slope = sums.line(intercepts);
                int steps = out.steps(o);
                for (int h = 1; h <= steps; h++) {
                    int t = o + h - 1;
                    out.set(o, h, intercepts[t % PERIOD] + slope * t);
                }
                sums.add(o, y[o]);
                if (o - model.window >= 0) {
                    sums.remove(o - model.window, y[o - model.window]);
                }
            }
        }

        @Override
        public FittedModel refit(double[] y, int n) {
            return model.fit(y, n);
        }
    }

    /** Per-weekday sums of t, y, t^2 and t*y over a window that slides a day at a time. */
    private static final class SlidingSums {
        private final double[] count = new double[PERIOD];
        private final double[] t = new double[PERIOD];
        private final double[] y = new double[PERIOD];
        private final double[] tt = new double[PERIOD];
        private final double[] ty = new double[PERIOD];
        private int days;

        void add(int day, double value) {
            update(day, value, 1);
            days++;
        }

        void remove(int day, double value) {
            update(day, value, -1);
            days--;
        }

        private void update(int day, double value, int sign) {
            int g = day % PERIOD;
            count[g] += sign;
            t[g] += sign * (double) day;
            y[g] += sign * value;
            tt[g] += sign * (double) day * day;
            ty[g] += sign * (double) day * value;
        }

        /** The same line as {@link Line#fit} over the window: fills the weekday intercepts, returns the slope. */
        double line(double[] intercepts) {
            if (days >= 2 * PERIOD) {
                double sxx = 0;
                double sxy = 0;
                for (int g = 0; g < PERIOD; g++) {
                    sxx += tt[g] - t[g] * t[g] / count[g];
                    sxy += ty[g] - t[g] * y[g] / count[g];
                }
                double slope = sxx > 0 ? sxy / sxx : 0;
                for (int g = 0; g < PERIOD; g++) {
                    intercepts[g] = (y[g] - slope * t[g]) / count[g];
                }
                return slope;
            }
            double n = 0;
            double st = 0;
            double sy = 0;
            double stt = 0;
            double sty = 0;
            for (int g = 0; g < PERIOD; g++) {
                n += count[g];
                st += t[g];
                sy += y[g];
                stt += tt[g];
                sty += ty[g];
            }
            double sxx = stt - st * st / n;
            double slope = n > 1 && sxx > 0 ? (sty - st * sy / n) / sxx : 0;
            java.util.Arrays.fill(intercepts, (sy - slope * st) / n);
            return slope;
        }
    }
}
