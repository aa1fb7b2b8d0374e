package org.apportion.alerts;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.apportion.migration.DatabaseMigration;

/**
 * The book of raised alerts. {@link #record} stores an alert and its pending deliveries in a transaction of its
 * own: the unique key (type, subject, period, level) decides whether the alert is new. The insert goes through
 * JDBC, not the EntityManager: a duplicate key then only fails that statement (caught, "already raised"), where
 * a failed JPA flush would mark the whole transaction for rollback and surface as an EJB exception. Two
 * concurrent inserts of one key serialise on InnoDB's unique-index lock: the second fails once the first commits.
 */
@Stateless
public class AlertLedger {

    /** MariaDB's ER_DUP_ENTRY. */
    private static final int DUPLICATE_KEY = 1062;

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    private DataSource dataSource;

    @PersistenceContext(unitName = "apportion")
    private EntityManager em;

    private final Clock clock = Clock.systemUTC();

    /** A stored alert's pending delivery to a channel. */
    public record PendingDelivery(long deliveryId, long channelId) {
    }

    /** A newly stored alert and the deliveries to attempt. */
    public record Recorded(RaisedAlert alert, List<PendingDelivery> deliveries) {
    }

    /** Stores the alert with a pending delivery per enabled channel of its type; empty when already raised. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Recorded> record(AlertDraft draft) {
        if (idOf(draft.key()).isPresent()) {
            // The common repeat (a nightly check finding the same crossing again) stops here; the insert's
            // duplicate-key guard is for two raisers racing, and would log a driver warning each time.
            return Optional.empty();
        }
        // MariaDB keeps microseconds; truncating here makes the instant sent equal the one stored.
        Instant raisedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<AlertChannel> channels = em.createQuery(
                "SELECT c FROM AlertChannel c WHERE c.enabled = TRUE ORDER BY c.id", AlertChannel.class)
                .getResultStream().filter(c -> c.receives(draft.key().type())).toList();
        try (Connection connection = dataSource.getConnection()) {
            Optional<Long> id = insertAlert(connection, draft, raisedAt);
            if (id.isEmpty()) {
                return Optional.empty();
            }
            List<PendingDelivery> deliveries = new ArrayList<>();
            for (AlertChannel channel : channels) {
                deliveries.add(new PendingDelivery(insertDelivery(connection, id.get(), channel), channel.getId()));
            }
            return Optional.of(new Recorded(RaisedAlert.of(id.get(), draft, raisedAt), deliveries));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the alert " + draft.key() + ": " + e.getMessage(), e);
        }
    }

    /** Keeps the outcome of one delivery, in its own transaction so each outcome stays whatever the next does. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordOutcome(long deliveryId, DeliveryOutcome outcome) {
        AlertDelivery delivery = em.find(AlertDelivery.class, deliveryId);
        if (delivery != null) {
            delivery.record(outcome, clock.instant());
        }
    }

    /** The id of the alert stored under this key. */
    public Optional<Long> idOf(AlertKey key) {
        return em.createQuery("""
                        SELECT a.id FROM Alert a WHERE a.type = :type AND a.subject = :subject
                           AND a.period = :period AND a.level = :level""", Long.class)
                .setParameter("type", key.type())
                .setParameter("subject", key.subject())
                .setParameter("period", key.period())
                .setParameter("level", key.level())
                .getResultStream().findFirst();
    }

    private static Optional<Long> insertAlert(Connection connection, AlertDraft draft, Instant raisedAt)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO alert (alert_type, subject, period, level, title, message, amount, threshold, currency,
                                   raised_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
            AlertKey key = draft.key();
            insert.setString(1, key.type().name());
            insert.setString(2, key.subject());
            insert.setString(3, key.period());
            insert.setString(4, key.level().name());
            insert.setString(5, draft.title());
            insert.setString(6, draft.message());
            insert.setBigDecimal(7, draft.amountValue());
            insert.setBigDecimal(8, draft.thresholdValue());
            insert.setString(9, draft.currency());
            // UTC wall time, as UtcInstantConverter stores instants.
            insert.setObject(10, LocalDateTime.ofInstant(raisedAt, ZoneOffset.UTC));
            insert.executeUpdate();
            return Optional.of(generatedId(insert));
        } catch (SQLException e) {
            if (e.getErrorCode() == DUPLICATE_KEY) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static long insertDelivery(Connection connection, long alertId, AlertChannel channel) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO alert_delivery (alert_id, channel_id, channel_name, channel_kind, status)
                VALUES (?, ?, ?, ?, 'PENDING')""", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, alertId);
            insert.setLong(2, channel.getId());
            insert.setString(3, channel.getName());
            insert.setString(4, channel.getKind().name());
            insert.executeUpdate();
            return generatedId(insert);
        }
    }

    private static long generatedId(PreparedStatement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("No generated id");
            }
            return keys.getLong(1);
        }
    }
}
