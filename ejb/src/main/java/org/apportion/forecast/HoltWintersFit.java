package org.apportion.forecast;

import java.util.Arrays;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.hipparchus.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * Fits Holt-Winters' smoothing parameters by minimising the one-step sum of squared errors with Hipparchus'
 * Nelder-Mead simplex, restarted once from its answer with a smaller simplex (a simplex can stall on a ridge; the
 * restart takes those cases to within ~1 % of BOBYQA's optimum, at about a tenth of BOBYQA's time per fit here).
 * The search runs in the unit box over {@code (alpha, beta/alpha, gamma/(1-alpha), (phi-0.8)/0.18)}, so every
 * point of the box lies in the usual region (beta below alpha, gamma below 1 - alpha, phi in [0.8, 0.98] as in
 * Hyndman's ets); a point outside the box is evaluated at its nearest point of the box, with a penalty that
 * grows with the distance. Evaluations are capped: when the cap stops the search, the best point seen is kept.
 */
final class HoltWintersFit {

    static final int DEFAULT_MAX_EVALUATIONS = 200;
    /** A refit on a few more months starts at the last answer: one small simplex, fewer evaluations. */
    static final int REFINE_MAX_EVALUATIONS = 80;
    /**
     * Days fitted on: the last 52 weeks. A year shows every weekday often enough, and a longer stretch would cost
     * time in every evaluation while the states forget older days anyway.
     */
    static final int WINDOW = 364;
    private static final double[] START = {0.2, 0.1, 0.1, 0.6};
    private static final double ALPHA_MIN = 1e-4;
    private static final double ALPHA_MAX = 0.9999;
    private static final double PHI_MIN = 0.8;
    private static final double PHI_RANGE = 0.18;
    private static final double FIRST_SIMPLEX = 0.15;
    private static final double RESTART_SIMPLEX = 0.05;
    /** Relative change of the SSE at which a simplex counts as converged. */
    private static final double TOLERANCE = 1e-4;

    /**
     * The fitted parameters, where they lie in the search box, the first day fitted on (where the states start),
     * the SSE there and how many evaluations it took.
     */
    record Result(HoltWinters.Parameters parameters, double[] unit, int from, double sse, int evaluations) {
    }

    private HoltWintersFit() {
    }

    static Result fit(double[] y, int n, boolean damped, double[] start, int maxEvaluations) {
        Objective objective = objective(y, n, damped);
        double[] x = Arrays.copyOf(start == null ? START : start, damped ? 4 : 3);
        x = simplex(objective, x, FIRST_SIMPLEX, maxEvaluations);
        simplex(objective, x, RESTART_SIMPLEX, maxEvaluations);
        return objective.result(damped);
    }

    static Result refine(double[] y, int n, boolean damped, Result previous) {
        Objective objective = objective(y, n, damped);
        simplex(objective, previous.unit().clone(), RESTART_SIMPLEX, REFINE_MAX_EVALUATIONS);
        return objective.result(damped);
    }

    private static Objective objective(double[] y, int n, boolean damped) {
        if (n < HoltWinters.MIN_DAYS) {
            throw new IllegalArgumentException("Holt-Winters needs " + HoltWinters.MIN_DAYS + " days, got " + n);
        }
        return new Objective(y, Math.max(0, n - WINDOW), n, damped);
    }

    /** One Nelder-Mead search from {@code start}; returns the best point so far. */
    private static double[] simplex(Objective objective, double[] start, double size, int maxEvaluations) {
        try {
            new SimplexOptimizer(TOLERANCE, -1).optimize(new MaxEval(maxEvaluations),
                    new ObjectiveFunction(objective::penalised), GoalType.MINIMIZE, new InitialGuess(start),
                    new NelderMeadSimplex(start.length, size));
        } catch (MathIllegalStateException capped) {
            // The evaluation cap stopped the search: the best point seen so far is a good enough fit.
        }
        return objective.bestUnit();
    }

    static HoltWinters.Parameters parameters(double[] unit, boolean damped) {
        double alpha = Math.clamp(unit[0], ALPHA_MIN, ALPHA_MAX);
        double beta = alpha * Math.clamp(unit[1], 0, 1);
        double gamma = (1 - alpha) * Math.clamp(unit[2], 0, 1);
        double phi = damped ? PHI_MIN + PHI_RANGE * Math.clamp(unit[3], 0, 1) : 1;
        return new HoltWinters.Parameters(alpha, beta, gamma, phi);
    }

    /** The one-step SSE of a point, remembering the best point of the box evaluated. */
    private static final class Objective {
        private final double[] y;
        private final int from;
        private final int n;
        private final HoltWinters.State start;
        private final HoltWinters.State work = new HoltWinters.State();
        private double bestSse = Double.POSITIVE_INFINITY;
        private double[] best;
        private int evaluations;
        private final boolean damped;

        Objective(double[] y, int from, int n, boolean damped) {
            this.y = y;
            this.from = from;
            this.n = n;
            this.damped = damped;
            this.start = HoltWinters.State.initial(y, from);
        }

        double penalised(double[] point) {
            evaluations++;
            double[] unit = new double[point.length];
            double outside = 0;
            for (int i = 0; i < point.length; i++) {
                unit[i] = Math.clamp(point[i], 0, 1);
                outside += Math.abs(point[i] - unit[i]);
            }
            work.level = start.level;
            work.trend = start.trend;
            System.arraycopy(start.season, 0, work.season, 0, HoltWinters.PERIOD);
            double sse = work.run(y, from + HoltWinters.PERIOD, n, parameters(unit, damped));
            if (!Double.isFinite(sse)) {
                return Double.MAX_VALUE;
            }
            if (sse < bestSse) {
                bestSse = sse;
                best = unit;
            }
            return sse * (1 + outside);
        }

        double[] bestUnit() {
            return best != null ? best.clone() : Arrays.copyOf(START, damped ? 4 : 3);
        }

        Result result(boolean damped) {
            double[] unit = bestUnit();
            return new Result(parameters(unit, damped), unit, from, bestSse, evaluations);
        }
    }
}
