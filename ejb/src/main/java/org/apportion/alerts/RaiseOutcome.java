package org.apportion.alerts;

/**
 * What raising a draft did: {@code raised} when it was stored (and delivered) now, false when an alert with the
 * same key had been raised before, which is then the {@code alertId}.
 */
public record RaiseOutcome(long alertId, boolean raised) {
}
