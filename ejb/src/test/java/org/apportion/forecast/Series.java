package org.apportion.forecast;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.function.IntToDoubleFunction;

/** Test series of known structure. */
final class Series {

    static final LocalDate START = LocalDate.of(2024, 1, 1);
    static final double[] WEEK = {100, 110, 120, 115, 105, 40, 30};

    private Series() {
    }

    static double[] of(int days, IntToDoubleFunction value) {
        double[] y = new double[days];
        for (int t = 0; t < days; t++) {
            y[t] = value.applyAsDouble(t);
        }
        return y;
    }

    static double weekly(int t) {
        return WEEK[t % 7];
    }

    /** A level of 200, a slope of 0.5 a day and the weekly pattern, without noise. */
    static double trendAndSeason(int t) {
        return 200 + 0.5 * t + WEEK[t % 7] - 88.57142857142857;
    }

    static double[] withNoise(double[] y, double sd, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] noisy = y.clone();
        for (int t = 0; t < y.length; t++) {
            noisy[t] = Math.max(0, y[t] + sd * random.nextGaussian());
        }
        return noisy;
    }

    static DailySeries daily(double[] y) {
        return DailySeries.of(START, y);
    }
}
