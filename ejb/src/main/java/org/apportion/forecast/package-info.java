/**
 * Cost forecasting: daily series, candidate models (seasonal naive, linear trend, Holt-Winters, damped
 * Holt-Winters, their ensemble), selection by a rolling-origin backtest, prediction intervals calibrated on the
 * backtest's errors, period totals, and the accuracy record's scoring (MAPE, MASE, interval coverage).
 * Plain Java, no persistence: {@link org.apportion.forecast.Forecaster} is the entry point; see
 * docs/FORECASTING.md for the method and its choices.
 */
package org.apportion.forecast;
