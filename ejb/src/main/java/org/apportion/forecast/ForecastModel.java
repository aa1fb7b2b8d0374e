package org.apportion.forecast;

/**
 * A forecasting method. Implementations are stateless and thread-safe: {@link #fit} returns the fitted model.
 * Series are passed as an array and a length so that the backtest fits prefixes without copying.
 */
public interface ForecastModel {

    ModelKind kind();

    /** Fits the model to the first {@code n} values of {@code y} (a day each, consecutive, the first at index 0). */
    FittedModel fit(double[] y, int n);
}
