package org.apportion.alerts;

import java.time.Instant;
import org.apportion.base.Money;

/** A stored alert as the channels render it: its id, what the draft said, and when it was raised. */
public record RaisedAlert(long id, AlertKey key, String title, String message, Money amount, Money threshold,
                          Instant raisedAt) {

    static RaisedAlert of(long id, AlertDraft draft, Instant raisedAt) {
        return new RaisedAlert(id, draft.key(), draft.title(), draft.message(), draft.amount(), draft.threshold(),
                raisedAt);
    }

    static RaisedAlert of(Alert alert) {
        return new RaisedAlert(alert.getId(), alert.key(), alert.getTitle(), alert.getMessage(), alert.amountMoney(),
                alert.thresholdMoney(), alert.getRaisedAt());
    }

    /** The one line a person reads first, in a mail subject or a chat message. */
    public String headline() {
        return "[Apportion] " + key.level() + ": " + title;
    }
}
