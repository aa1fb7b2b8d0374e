package org.apportion.forecast;

/**
 * How a candidate did in a series' backtest: its MASE over the backtest's origins and steps 1 to the selection
 * horizon (mean absolute error over the in-sample MAE of the weekly seasonal naive forecast).
 */
public record ModelScore(ModelKind model, double backtestMase) {
}
