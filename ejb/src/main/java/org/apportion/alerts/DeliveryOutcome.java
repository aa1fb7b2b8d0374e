package org.apportion.alerts;

/** What one delivery attempt did: DELIVERED (detail says to whom or the HTTP status) or FAILED with the reason. */
public record DeliveryOutcome(DeliveryStatus status, String detail) {

    public static DeliveryOutcome delivered(String detail) {
        return new DeliveryOutcome(DeliveryStatus.DELIVERED, detail);
    }

    public static DeliveryOutcome failed(String reason) {
        return new DeliveryOutcome(DeliveryStatus.FAILED, reason);
    }
}
