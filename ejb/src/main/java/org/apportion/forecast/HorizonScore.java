package org.apportion.forecast;

/**
 * How a stored forecast did over its first {@code horizon} days once their actuals arrived ({@link Accuracy}
 * defines the measures).
 *
 * @param mape               mean absolute percentage error in percent over the days with a non-zero actual; NaN if none
 * @param zeroActuals        days left out of MAPE because their actual was 0
 * @param mase               mean absolute error over the forecast's seasonal naive MAE
 * @param coverage80         share (0 to 1) of the days whose actual fell inside the 80 % interval
 * @param coverage95         the same for the 95 % interval
 * @param totalPercentError  (forecast total - actual total) / actual total of the horizon, in percent; NaN for an
 *                           actual total of 0
 * @param totalInside80      whether the actual total fell inside the total's 80 % interval
 * @param totalInside95      the same for 95 %
 */
public record HorizonScore(ModelKind model, int horizon, double mape, int zeroActuals, double mase,
                           double coverage80, double coverage95, double totalPercentError, boolean totalInside80,
                           boolean totalInside95) {
}
