/**
 * Alerts: budget thresholds, forecasts over budget, anomalies and month-over-month variance, raised once per
 * subject, period and level, kept as history and delivered to e-mail, Slack-compatible and signed JSON webhooks.
 */
package org.apportion.alerts;
