package org.apportion.alerts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A user's choice for one alert type on one channel. On an EMAIL channel, enabled adds the user's address to
 * the recipients of that type's alerts, disabled keeps it off even when the channel lists it. Slack and webhook
 * channels post to a shared destination, so preferences do not change what they receive.
 */
@Entity
@Table(name = "user_channel_preference")
public class ChannelPreference {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_name", nullable = false)
    private String userName;

    @Column(name = "email")
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "alert_type", nullable = false)
    private AlertType alertType;

    @Column(name = "channel_id", nullable = false)
    private Long channelId;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ChannelPreference() {
    }

    ChannelPreference(String userName, AlertType alertType, long channelId) {
        this.userName = userName;
        this.alertType = alertType;
        this.channelId = channelId;
    }

    void apply(String address, boolean on, Instant now) {
        email = address;
        enabled = on;
        updatedAt = now;
    }

    public Long getId() { return id; }
    public String getUserName() { return userName; }
    public String getEmail() { return email; }
    public AlertType getAlertType() { return alertType; }
    public Long getChannelId() { return channelId; }
    public boolean isEnabled() { return enabled; }
    public Instant getUpdatedAt() { return updatedAt; }
}
