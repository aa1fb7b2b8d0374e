package org.apportion.web.api.alerts;

/** The answer to raising an alert: whether it was raised now, why not, and the alert as stored. */
public record RaiseView(boolean raised, String detail, AlertView alert) {
}
