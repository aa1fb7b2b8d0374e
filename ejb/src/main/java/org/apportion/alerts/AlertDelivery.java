package org.apportion.alerts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** The delivery of one alert to one channel: pending, delivered, or failed with the reason. */
@Entity
@Table(name = "alert_delivery")
public class AlertDelivery {

    /** Reasons are kept short: an SMTP or HTTP error is enough to act on, a stack trace is in the log. */
    static final int MAX_DETAIL = 1000;

    @Id
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "alert_id")
    private Alert alert;

    @Column(name = "channel_id")
    private Long channelId;

    @Column(name = "channel_name", nullable = false)
    private String channelName;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel_kind", nullable = false)
    private ChannelKind channelKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private DeliveryStatus status;

    @Column(name = "detail")
    private String detail;

    @Column(name = "attempted_at")
    private Instant attemptedAt;

    protected AlertDelivery() {
    }

    void record(DeliveryOutcome outcome, Instant at) {
        status = outcome.status();
        detail = outcome.detail() == null || outcome.detail().length() <= MAX_DETAIL ? outcome.detail()
                : outcome.detail().substring(0, MAX_DETAIL);
        attemptedAt = at;
    }

    public Long getId() { return id; }
    public Alert getAlert() { return alert; }
    public Long getChannelId() { return channelId; }
    public String getChannelName() { return channelName; }
    public ChannelKind getChannelKind() { return channelKind; }
    public DeliveryStatus getStatus() { return status; }
    public String getDetail() { return detail; }
    public Instant getAttemptedAt() { return attemptedAt; }
}
