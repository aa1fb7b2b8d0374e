package org.apportion.forecast;

/**
 * Additive Holt-Winters with a weekly season in the error-correction form of ETS(A,A,A), or ETS(A,Ad,A) when
 * damped: level, trend and seven weekday effects, each corrected by a share of the one-step error.
 * <pre>
 *   forecast  f = l + phi*b + s[t mod 7],   error e = y[t] - f
 *   l' = l + phi*b + alpha*e,   b' = phi*b + beta*e,   s[t mod 7] += gamma*e
 * </pre>
 * alpha, beta, gamma (and phi) minimise the one-step squared error over the last 52 weeks ({@link HoltWintersFit}).
 * The states start from the first two weeks of those: level and trend from their means, weekday effects from the
 * first week's deviations.
 */
public final class HoltWinters implements ForecastModel {

    /** Days needed to fit: two weeks to start the states and one to learn from. */
    public static final int MIN_DAYS = 3 * SeasonalNaive.PERIOD;
    static final int PERIOD = SeasonalNaive.PERIOD;

    private final boolean damped;
    private final int maxEvaluations;

    /** @param maxEvaluations cap on the optimizer's objective evaluations for a fit from scratch */
    public HoltWinters(boolean damped, int maxEvaluations) {
        this.damped = damped;
        this.maxEvaluations = maxEvaluations;
    }

    public HoltWinters(boolean damped) {
        this(damped, HoltWintersFit.DEFAULT_MAX_EVALUATIONS);
    }

    public boolean damped() {
        return damped;
    }

    @Override
    public ModelKind kind() {
        return damped ? ModelKind.DAMPED_HOLT_WINTERS : ModelKind.HOLT_WINTERS;
    }

    @Override
    public FittedModel fit(double[] y, int n) {
        return fitted(y, n, HoltWintersFit.fit(y, n, damped, null, maxEvaluations));
    }

    private Fitted fitted(double[] y, int n, HoltWintersFit.Result fit) {
        State state = State.initial(y, fit.from());
        double sse = state.run(y, fit.from() + PERIOD, n, fit.parameters());
        double sigma = Math.sqrt(sse / Math.max(1, n - fit.from() - PERIOD));
        return new Fitted(this, fit, state, n, sigma);
    }

    /** Smoothing parameters in the error-correction form: 0 < alpha < 1, 0 < beta < alpha, 0 < gamma < 1 - alpha. */
    record Parameters(double alpha, double beta, double gamma, double phi) {

        /** phi + phi^2 + ... + phi^h: how much of the trend h steps carry. */
        double trendSteps(int h) {
            if (phi == 1) {
                return h;
            }
            return phi * (1 - Math.pow(phi, h)) / (1 - phi);
        }
    }

    /** Level, trend and weekday effects ({@code season[t % 7]} for day t) after the days run so far. */
    static final class State {
        double level;
        double trend;
        final double[] season = new double[PERIOD];

        /** The states at the end of the first week from {@code from}, started from its first two weeks. */
        static State initial(double[] y, int from) {
            State s = new State();
            double first = 0;
            double second = 0;
            for (int i = 0; i < PERIOD; i++) {
                first += y[from + i];
                second += y[from + i + PERIOD];
            }
            first /= PERIOD;
            second /= PERIOD;
            s.trend = (second - first) / PERIOD;
            double mean = 0;
            for (int i = 0; i < PERIOD; i++) {
                double effect = y[from + i] - (first + (i - (PERIOD - 1) / 2.0) * s.trend);
                s.season[(from + i) % PERIOD] = effect;
                mean += effect;
            }
            mean /= PERIOD;
            for (int i = 0; i < PERIOD; i++) {
                s.season[i] -= mean;
            }
            // The level at the first week's last day: its mean sits at the middle day.
            s.level = first + (PERIOD - 1) / 2.0 * s.trend;
            return s;
        }

        /**
         * Runs days {@code from} to {@code to - 1} and returns the sum of their squared one-step errors. The loop
         * carries the forecast's level part {@code l + phi*b} instead of the level, which leaves one subtraction
         * and one fused multiply-add on the path from one day to the next (the fit runs it ~100 times a series).
         */
        double run(double[] y, int from, int to, Parameters p) {
            double b = trend;
            double[] s = season;
            double beta = p.beta();
            double gamma = p.gamma();
            double phi = p.phi();
            double phiSquared = phi * phi;
            double gain = p.alpha() + phi * beta;
            double lp = level + phi * b;
            double sse = 0;
            int j = from % PERIOD;
            for (int t = from; t < to; t++) {
                double e = (y[t] - s[j]) - lp;
                sse = Math.fma(e, e, sse);
                // l' = lp + alpha*e and b' = phi*b + beta*e, so l' + phi*b' = lp + phi^2*b + (alpha + phi*beta)*e.
                lp = Math.fma(gain, e, lp + phiSquared * b);
                b = Math.fma(beta, e, phi * b);
                s[j] += gamma * e;
                j = j == PERIOD - 1 ? 0 : j + 1;
            }
            trend = b;
            level = lp - phi * b;
            return sse;
        }

        /** The forecast of day {@code day}, {@code step} days after the last day run. */
        double forecast(Parameters p, int day, int step) {
            return level + p.trendSteps(step) * trend + season[day % PERIOD];
        }
    }

    private static final class Fitted implements FittedModel {
        private final HoltWinters model;
        private final HoltWintersFit.Result fit;
        private final State state;
        private final int n;
        private final double sigma;

        Fitted(HoltWinters model, HoltWintersFit.Result fit, State state, int n, double sigma) {
            this.model = model;
            this.fit = fit;
            this.state = state;
            this.n = n;
            this.sigma = sigma;
        }

        @Override
        public ModelKind kind() {
            return model.kind();
        }

        @Override
        public double[] forecast(int horizon) {
            double[] f = new double[horizon];
            for (int h = 1; h <= horizon; h++) {
                f[h - 1] = state.forecast(fit.parameters(), n + h - 1, h);
            }
            return f;
        }

        /** Hyndman et al. (2008), class 1: var(h) = sigma^2 (1 + sum of c_j^2, j < h), c_j = alpha + beta*phi_j + gamma*[7 | j]. */
        @Override
        public double standardError(int step) {
            Parameters p = fit.parameters();
            double sum = 1;
            for (int j = 1; j < step; j++) {
                double c = p.alpha() + p.beta() * p.trendSteps(j) + (j % PERIOD == 0 ? p.gamma() : 0);
                sum += c * c;
            }
            return sigma * Math.sqrt(sum);
        }

        @Override
        public void backtest(double[] y, ForecastMatrix out) {
            Parameters p = fit.parameters();
            State s = State.initial(y, fit.from());
            int origin = out.firstOrigin();
            s.run(y, fit.from() + PERIOD, origin, p);
            for (int o = origin; o < out.n(); o++) {
                int steps = out.steps(o);
                for (int h = 1; h <= steps; h++) {
                    out.set(o, h, s.forecast(p, o + h - 1, h));
                }
                s.run(y, o, o + 1, p);
            }
        }

        @Override
        public FittedModel refit(double[] y, int n) {
            return model.fitted(y, n, HoltWintersFit.refine(y, n, model.damped, fit));
        }
    }
}
