package org.apportion.forecast;

/** The candidate models, in order of preference when two score the same (simplest first). */
public enum ModelKind {
    /** Each day's value of one week earlier. */
    SEASONAL_NAIVE,
    /** Ordinary least squares on time with day-of-week effects over the recent half year. */
    LINEAR_TREND,
    /** Additive Holt-Winters (ETS(A,A,A)) with a weekly season, smoothing parameters fitted. */
    HOLT_WINTERS,
    /** Holt-Winters whose trend fades out (ETS(A,Ad,A)), damping fitted too. */
    DAMPED_HOLT_WINTERS,
    /** The mean of the other models' forecasts. */
    ENSEMBLE
}
