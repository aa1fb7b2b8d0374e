package org.apportion.alerts;

/** How the delivery of an alert to one channel went. PENDING: stored, not attempted yet (or the server stopped). */
public enum DeliveryStatus {
    PENDING, DELIVERED, FAILED
}
