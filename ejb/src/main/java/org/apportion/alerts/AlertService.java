package org.apportion.alerts;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Raises alerts and answers their history. Budgets, forecasts and anomaly checks call {@link #raise}; the
 * REST API too.
 */
@Stateless
public class AlertService {

    private static final Logger LOG = Logger.getLogger(AlertService.class.getName());
    private static final String FILTER = """
            (:type IS NULL OR a.type = :type) AND (:level IS NULL OR a.level = :level)
              AND (:from IS NULL OR a.raisedAt >= :from) AND (:to IS NULL OR a.raisedAt < :to)""";

    @PersistenceContext(unitName = "apportion")
    private EntityManager em;

    @Inject
    private AlertLedger ledger;

    @Inject
    private AlertChannelService channels;

    @Inject
    private EmailCourier email;

    @Inject
    private WebhookCourier webhooks;

    /**
     * Stores the alert unless its key was raised before, then delivers it to every enabled channel of its type.
     * Not in the caller's transaction: the alert commits on its own before anything is sent, so a failed
     * delivery (or a caller rolling back later) never undoes the record that keeps the alert from being sent
     * twice; each delivery's outcome then commits on its own. If the server stops in between, deliveries stay
     * PENDING in the history. Delivery is synchronous, bounded by the couriers' timeouts.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public RaiseOutcome raise(AlertDraft draft) {
        Optional<AlertLedger.Recorded> recorded = ledger.record(draft);
        if (recorded.isEmpty()) {
            long existing = ledger.idOf(draft.key()).orElseThrow(() -> new IllegalStateException(
                    "Alert " + draft.key() + " was refused as a duplicate but is not stored"));
            LOG.fine(() -> "Alert " + draft.key() + " already raised as " + existing + ": not sent again");
            return new RaiseOutcome(existing, false);
        }
        RaisedAlert alert = recorded.get().alert();
        for (AlertLedger.PendingDelivery pending : recorded.get().deliveries()) {
            DeliveryOutcome outcome = deliver(alert, pending.channelId());
            if (outcome.status() == DeliveryStatus.FAILED) {
                LOG.warning(() -> "Alert " + alert.id() + " not delivered to channel " + pending.channelId() + ": "
                        + outcome.detail());
            }
            ledger.recordOutcome(pending.deliveryId(), outcome);
        }
        return new RaiseOutcome(alert.id(), true);
    }

    private DeliveryOutcome deliver(RaisedAlert alert, long channelId) {
        Optional<AlertChannel> found = channels.find(channelId);
        if (found.isEmpty()) {
            return DeliveryOutcome.failed("The channel was deleted before delivery");
        }
        AlertChannel channel = found.get();
        try {
            return switch (channel.getKind()) {
                case EMAIL -> email.send(alert, channels.emailRecipients(channel, alert.key().type()));
                case SLACK -> webhooks.slack(alert, channel.getUrl());
                case WEBHOOK -> webhooks.signed(alert, channel.getUrl(), channel.getSecret());
            };
        } catch (RuntimeException e) {
            // One broken channel must not keep the alert from the others.
            return DeliveryOutcome.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    public Optional<Alert> find(long id) {
        return Optional.ofNullable(em.find(Alert.class, id));
    }

    /** History, newest first; every filter optional, {@code to} exclusive. */
    public List<Alert> history(AlertType type, AlertLevel level, Instant from, Instant to, int page, int size) {
        return em.createQuery("SELECT a FROM Alert a WHERE " + FILTER + " ORDER BY a.raisedAt DESC, a.id DESC",
                        Alert.class)
                .setParameter("type", type)
                .setParameter("level", level)
                .setParameter("from", from)
                .setParameter("to", to)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
    }

    public long count(AlertType type, AlertLevel level, Instant from, Instant to) {
        return em.createQuery("SELECT COUNT(a) FROM Alert a WHERE " + FILTER, Long.class)
                .setParameter("type", type)
                .setParameter("level", level)
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult();
    }
}
