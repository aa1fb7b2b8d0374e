package org.apportion.web.api.alerts;

import java.util.List;
import org.apportion.alerts.Alert;
import org.apportion.alerts.AlertDelivery;
import org.apportion.base.Money;

/** A raised alert with the outcome of its delivery to each channel; amounts as exact decimal strings. */
public record AlertView(long id, String type, String subject, String period, String level, String title,
                        String message, String amount, String threshold, String currency, String raisedAt,
                        List<DeliveryView> deliveries) {

    /** One channel's delivery: {@code PENDING}, {@code DELIVERED} or {@code FAILED} with the reason in detail. */
    public record DeliveryView(Long channelId, String channel, String kind, String status, String detail,
                               String attemptedAt) {

        static DeliveryView of(AlertDelivery delivery) {
            return new DeliveryView(delivery.getChannelId(), delivery.getChannelName(), delivery.getChannelKind().name(),
                    delivery.getStatus().name(), delivery.getDetail(),
                    delivery.getAttemptedAt() == null ? null : delivery.getAttemptedAt().toString());
        }
    }

    static AlertView of(Alert alert) {
        Money amount = alert.amountMoney();
        Money threshold = alert.thresholdMoney();
        return new AlertView(alert.getId(), alert.getType().name(), alert.getSubject(), alert.getPeriod(),
                alert.getLevel().name(), alert.getTitle(), alert.getMessage(),
                amount == null ? null : amount.exact(), threshold == null ? null : threshold.exact(),
                alert.getCurrency(), alert.getRaisedAt().toString(),
                alert.getDeliveries().stream().map(DeliveryView::of).toList());
    }
}
