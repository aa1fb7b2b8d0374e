package org.apportion.forecast;

/**
 * The 80 % and 95 % prediction intervals of daily forecasts and of totals, as {point + error quantile}.
 * <ul>
 *   <li>Daily, step h: the backtest's error quantiles of step h ({@link ErrorQuantiles}). Beyond the last step with
 *   enough samples h0 (short histories): those of h0 stretched by the model's own standard error ratio
 *   se(h)/se(h0), so the backtest sets the level and the model the growth.</li>
 *   <li>Total of steps 1 to k: the backtest's quantiles of the error of that very sum, never a sum of daily
 *   quantiles (that would assume every day misses the same way at the same quantile and make the intervals far too
 *   wide). Beyond the last checkable sum k0 (the year-end is up to 366 days away, the backtest checks 90):
 *   the quantiles of k0 times (k/k0)^p, with p measured from the widths at k0 and k0/2 and held between 0.5
 *   (independent daily errors) and 1.5 (a random-walk level).</li>
 *   <li>No backtest quantiles at all (under seven weeks of history: fewer than 20 one-step errors): normal intervals from the model's standard errors, for
 *   totals the sum of the daily standard errors (errors assumed to move together: wide on purpose).</li>
 * </ul>
 * Bounds never go below the floor (0 for a cost series without negative days) and always contain the point.
 */
final class Intervals {

    private static final double[] Z = {-1.959964, -1.281552, 1.281552, 1.959964};
    private static final double MIN_GROWTH = 0.5;
    private static final double MAX_GROWTH = 1.5;
    private static final double DEFAULT_GROWTH = 1.0;

    private final ErrorQuantiles errors;
    private final FittedModel model;
    private final double floor;
    private final double growth;

    Intervals(ErrorQuantiles errors, FittedModel model, double floor) {
        this.errors = errors;
        this.model = model;
        this.floor = floor;
        this.growth = growth(errors);
    }

    private static double growth(ErrorQuantiles errors) {
        int k0 = errors.lastSum();
        if (k0 < 8) {
            return DEFAULT_GROWTH;
        }
        double wide = width(errors.sum(k0));
        double half = width(errors.sum(k0 / 2));
        if (wide <= 0 || half <= 0) {
            return DEFAULT_GROWTH;
        }
        return Math.clamp(Math.log(wide / half) / Math.log((double) k0 / (k0 / 2)), MIN_GROWTH, MAX_GROWTH);
    }

    private static double width(double[] q) {
        return q[3] - q[0];
    }

    /** Lower 95, lower 80, upper 80, upper 95 bounds of the day {@code step} days ahead. */
    double[] daily(int step, double point) {
        double[] q;
        int h0 = errors.lastDaily();
        if (step <= h0) {
            q = errors.daily(step);
        } else if (h0 > 0) {
            double base = model.standardError(h0);
            q = scaled(errors.daily(h0), base > 0 ? model.standardError(step) / base : 1);
        } else {
            q = scaled(Z, model.standardError(step));
        }
        return bounds(point, q, floor);
    }

    /** Lower 95, lower 80, upper 80, upper 95 bounds of the total of steps 1 to {@code k}. */
    double[] total(int k, double point) {
        double[] q;
        int k0 = errors.lastSum();
        if (k <= k0) {
            q = errors.sum(k);
        } else if (k0 > 0) {
            q = scaled(errors.sum(k0), Math.pow((double) k / k0, growth));
        } else {
            double se = 0;
            for (int h = 1; h <= k; h++) {
                se += model.standardError(h);
            }
            q = scaled(Z, se);
        }
        return bounds(point, q, floor * k);
    }

    private static double[] scaled(double[] q, double factor) {
        double[] s = new double[q.length];
        for (int i = 0; i < q.length; i++) {
            s[i] = q[i] * factor;
        }
        return s;
    }

    private static double[] bounds(double point, double[] q, double floor) {
        double[] b = new double[q.length];
        for (int i = 0; i < q.length; i++) {
            b[i] = point + q[i];
        }
        // Lower bounds at most the point, upper at least, wider level outside narrower, nothing below the floor.
        b[1] = Math.max(floor, Math.min(b[1], point));
        b[0] = Math.max(floor, Math.min(b[0], b[1]));
        b[2] = Math.max(b[2], point);
        b[3] = Math.max(b[3], b[2]);
        return b;
    }
}
