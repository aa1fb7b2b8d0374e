package org.apportion.alerts;

/** How serious an alert is; each level of a subject and period is raised once. */
public enum AlertLevel {
    INFO, WARNING, CRITICAL, EXCEEDED
}
