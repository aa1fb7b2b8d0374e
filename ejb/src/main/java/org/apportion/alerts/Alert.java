package org.apportion.alerts;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apportion.base.Money;

/**
 * A raised alert, stored once per {@link AlertKey}, with the outcome of its delivery to each channel. Rows are
 * inserted by {@link AlertLedger} (so a duplicate key is a no-op, not a rolled-back transaction); this entity
 * reads them.
 */
@Entity
@Table(name = "alert")
public class Alert {

    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "alert_type", nullable = false)
    private AlertType type;

    @Column(name = "subject", nullable = false)
    private String subject;

    @Column(name = "period", nullable = false)
    private String period;

    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false)
    private AlertLevel level;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "message", nullable = false)
    private String message;

    @Column(name = "amount", precision = 48, scale = 30)
    private BigDecimal amount;

    @Column(name = "threshold", precision = 48, scale = 30)
    private BigDecimal threshold;

    @Column(name = "currency", length = 3)
    private String currency;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @OneToMany(mappedBy = "alert", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<AlertDelivery> deliveries = new ArrayList<>();

    protected Alert() {
    }

    public AlertKey key() {
        return new AlertKey(type, subject, period, level);
    }

    public Money amountMoney() {
        return amount == null ? null : new Money(amount, currency);
    }

    public Money thresholdMoney() {
        return threshold == null ? null : new Money(threshold, currency);
    }

    public Long getId() { return id; }
    public AlertType getType() { return type; }
    public String getSubject() { return subject; }
    public String getPeriod() { return period; }
    public AlertLevel getLevel() { return level; }
    public String getTitle() { return title; }
    public String getMessage() { return message; }
    public String getCurrency() { return currency; }
    public Instant getRaisedAt() { return raisedAt; }
    public List<AlertDelivery> getDeliveries() { return deliveries; }
}
