package org.apportion.alerts;

/** Why an alert was raised. */
public enum AlertType {
    /** Actual spend crossed a budget threshold. */
    BUDGET_THRESHOLD,
    /** The forecast projects spend over the budget. */
    FORECAST_OVER,
    /** Spend that the anomaly detection flags as unusual. */
    ANOMALY,
    /** A month's spend changed against the previous month by more than allowed. */
    MOM_VARIANCE
}
