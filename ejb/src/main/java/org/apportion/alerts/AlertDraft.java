package org.apportion.alerts;

import java.math.BigDecimal;
import java.util.Objects;
import org.apportion.base.Money;

/**
 * An alert a check wants to raise: its key, a one-line title, the message, and optionally the amount observed
 * or projected and the threshold it crossed, both in one currency (exact).
 */
public record AlertDraft(AlertKey key, String title, String message, Money amount, Money threshold) {

    public AlertDraft {
        Objects.requireNonNull(key, "key");
        if (title == null || title.isBlank() || title.length() > 255) {
            throw new IllegalArgumentException("title: required, at most 255 characters");
        }
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("message: required");
        }
        if (amount != null && threshold != null && !amount.currency().equals(threshold.currency())) {
            throw new IllegalArgumentException("threshold: must be in the amount's currency " + amount.currency());
        }
    }

    /** The currency of the amounts, or null without amounts. */
    public String currency() {
        return amount != null ? amount.currency() : threshold != null ? threshold.currency() : null;
    }

    BigDecimal amountValue() {
        return amount == null ? null : amount.amount();
    }

    BigDecimal thresholdValue() {
        return threshold == null ? null : threshold.amount();
    }
}
