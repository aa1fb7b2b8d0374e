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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A configured destination for alerts. The URL of a Slack webhook and the secret of a signed webhook are
 * credentials: they are stored to be used, never shown back ({@link ChannelSecrets#maskUrl}).
 */
@Entity
@Table(name = "alert_channel")
public class AlertChannel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private ChannelKind kind;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "alert_types")
    private String alertTypes;

    @Column(name = "recipients")
    private String recipients;

    @Column(name = "url")
    private String url;

    @Column(name = "secret")
    private String secret;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected AlertChannel() {
    }

    AlertChannel(ChannelSettings settings, Instant now) {
        createdAt = now;
        apply(settings, now);
    }

    /** Takes the settings; a secret left out (null) keeps the stored one, so clients need not resend it. */
    final void apply(ChannelSettings settings, Instant now) {
        name = settings.name();
        kind = settings.kind();
        enabled = settings.enabled();
        alertTypes = settings.alertTypes().size() == AlertType.values().length ? null
                : settings.alertTypes().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        recipients = settings.recipients().isEmpty() ? null : String.join(",", settings.recipients());
        url = settings.url();
        if (settings.secret() != null || settings.kind() != ChannelKind.WEBHOOK) {
            secret = settings.secret();
        }
        updatedAt = now;
    }

    public boolean receives(AlertType type) {
        return enabled && alertTypes().contains(type);
    }

    public Set<AlertType> alertTypes() {
        if (alertTypes == null) {
            return EnumSet.allOf(AlertType.class);
        }
        return Arrays.stream(alertTypes.split(",")).map(AlertType::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(AlertType.class)));
    }

    public List<String> recipients() {
        return recipients == null ? List.of() : List.of(recipients.split(","));
    }

    public boolean hasSecret() {
        return secret != null && !secret.isEmpty();
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public ChannelKind getKind() { return kind; }
    public boolean isEnabled() { return enabled; }
    public String getUrl() { return url; }
    /** For signing only: never log it nor return it to a client. */
    String getSecret() { return secret; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
