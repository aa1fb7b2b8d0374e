package org.apportion.forecast;

/**
 * The accuracy measures of the forecast record, on plain arrays of actuals and forecasts of the same days.
 * <ul>
 *   <li>MAPE, in percent, over the days whose actual is not 0: a day without cost has no percentage error
 *   (division by zero), so it is left out and counted apart. NaN when every actual is 0. Beware small actuals:
 *   a 0.01 day forecast at 1.00 is a 9,900 % error, which is why MASE is the selection measure.</li>
 *   <li>MASE: mean absolute error over the seasonal naive scale, the history's mean absolute one-week difference
 *   (Hyndman and Koehler, 2006). Below 1 means better than the in-sample weekly naive forecast. A scale of 0
 *   (a history that repeats exactly each week) gives 0 for a perfect forecast, infinity otherwise.</li>
 *   <li>Coverage: the share of actuals inside their interval, bounds included.</li>
 * </ul>
 */
public final class Accuracy {

    private Accuracy() {
    }

    /** Mean of |y[t] - y[t-7]| over the first {@code n} days; NaN with 7 days or fewer. */
    public static double seasonalNaiveMae(double[] y, int n) {
        int period = SeasonalNaive.PERIOD;
        if (n <= period) {
            return Double.NaN;
        }
        double sum = 0;
        for (int t = period; t < n; t++) {
            sum += Math.abs(y[t] - y[t - period]);
        }
        return sum / (n - period);
    }

    /** Mean absolute percentage error, in percent, over the non-zero actuals; NaN if there are none. */
    public static double mape(double[] actual, double[] forecast) {
        requireSameLength(actual, forecast);
        double sum = 0;
        int count = 0;
        for (int i = 0; i < actual.length; i++) {
            if (actual[i] != 0) {
                sum += Math.abs((actual[i] - forecast[i]) / actual[i]);
                count++;
            }
        }
        return count == 0 ? Double.NaN : 100 * sum / count;
    }

    public static int zeroActuals(double[] actual) {
        int zeros = 0;
        for (double a : actual) {
            if (a == 0) {
                zeros++;
            }
        }
        return zeros;
    }

    public static double meanAbsoluteError(double[] actual, double[] forecast) {
        requireSameLength(actual, forecast);
        double sum = 0;
        for (int i = 0; i < actual.length; i++) {
            sum += Math.abs(actual[i] - forecast[i]);
        }
        return sum / actual.length;
    }

    public static double mase(double[] actual, double[] forecast, double seasonalNaiveMae) {
        double mae = meanAbsoluteError(actual, forecast);
        if (seasonalNaiveMae == 0) {
            return mae == 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        return mae / seasonalNaiveMae;
    }

    /** The share (0 to 1) of actuals with {@code lower[i] <= actual[i] <= upper[i]}. */
    public static double coverage(double[] actual, double[] lower, double[] upper) {
        requireSameLength(actual, lower);
        requireSameLength(actual, upper);
        int inside = 0;
        for (int i = 0; i < actual.length; i++) {
            if (lower[i] <= actual[i] && actual[i] <= upper[i]) {
                inside++;
            }
        }
        return (double) inside / actual.length;
    }

    private static void requireSameLength(double[] a, double[] b) {
        if (a.length != b.length || a.length == 0) {
            throw new IllegalArgumentException("Need the same, non-zero number of days: " + a.length + " and " + b.length);
        }
    }
}
