package org.apportion.forecast;

/** A model fitted to the first {@code n} days of a series: forecasts the days after them. */
public interface FittedModel {

    ModelKind kind();

    /** Point forecasts of the next {@code horizon} days, step 1 (the day after the data) first. Not clipped at 0. */
    double[] forecast(int horizon);

    /**
     * The model's own standard error of the {@code step}-ahead forecast (from in-sample residuals). The engine
     * takes its intervals from backtest errors; this only shapes them where the backtest has too few samples.
     */
    double standardError(int step);

    /**
     * Fills {@code out} with the forecasts from each of its origins, as this model would have made them then:
     * the parameters stay those of this fit (made on data before the first origin), states and any closed-form
     * estimates are recomputed from the data before each origin. No value at or after an origin is used.
     */
    void backtest(double[] y, ForecastMatrix out);

    /** The same method fitted to the first {@code n} days of the same (longer) series, starting from this fit. */
    FittedModel refit(double[] y, int n);
}
