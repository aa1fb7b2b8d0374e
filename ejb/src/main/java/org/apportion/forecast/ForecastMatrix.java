package org.apportion.forecast;

import java.util.Arrays;

/**
 * Backtest forecasts of one model: for each origin {@code o} in {@code [firstOrigin, n)} (the first {@code o}
 * days known) the forecasts of steps 1 to {@code maxStep}, step {@code h} being day {@code o + h - 1}. Only
 * steps whose day lies inside the series are meaningful ({@link #steps}).
 */
public final class ForecastMatrix {

    private final int firstOrigin;
    private final int n;
    private final int maxStep;
    private final double[] values;

    public ForecastMatrix(int firstOrigin, int n, int maxStep) {
        if (firstOrigin < 1 || firstOrigin > n || maxStep < 1) {
            throw new IllegalArgumentException("Bad backtest range: origins " + firstOrigin + " to " + n + ", steps " + maxStep);
        }
        this.firstOrigin = firstOrigin;
        this.n = n;
        this.maxStep = maxStep;
        this.values = new double[(n - firstOrigin) * maxStep];
    }

    public int firstOrigin() {
        return firstOrigin;
    }

    /** The series length: the last origin is {@code n - 1}. */
    public int n() {
        return n;
    }

    public int maxStep() {
        return maxStep;
    }

    /** How many steps from {@code origin} can be checked against the series. */
    public int steps(int origin) {
        return Math.min(maxStep, n - origin);
    }

    public double get(int origin, int step) {
        return values[(origin - firstOrigin) * maxStep + step - 1];
    }

    public void set(int origin, int step, double value) {
        values[(origin - firstOrigin) * maxStep + step - 1] = value;
    }

    /** Raises every forecast below {@code floor} to it. */
    void clip(double floor) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] < floor) {
                values[i] = floor;
            }
        }
    }

    /** The element-wise mean of matrices of the same shape. */
    static ForecastMatrix mean(ForecastMatrix... members) {
        ForecastMatrix first = members[0];
        ForecastMatrix mean = new ForecastMatrix(first.firstOrigin, first.n, first.maxStep);
        for (ForecastMatrix m : members) {
            if (m.firstOrigin != first.firstOrigin || m.n != first.n || m.maxStep != first.maxStep) {
                throw new IllegalArgumentException("Matrices of different shapes");
            }
            for (int i = 0; i < mean.values.length; i++) {
                mean.values[i] += m.values[i];
            }
        }
        for (int i = 0; i < mean.values.length; i++) {
            mean.values[i] /= members.length;
        }
        return mean;
    }

    @Override
    public String toString() {
        return "ForecastMatrix[origins " + firstOrigin + ".." + (n - 1) + ", steps " + maxStep + ", "
                + Arrays.stream(values).limit(3).boxed().toList() + "...]";
    }
}
