package org.apportion.web.api.alerts;

import java.util.List;
import org.apportion.alerts.AlertChannel;
import org.apportion.alerts.ChannelKind;
import org.apportion.alerts.ChannelSecrets;

/**
 * A channel as clients see it: a Slack URL masked (its path is the credential), a webhook secret only as
 * {@code "****"} when set. Neither is ever returned in full.
 */
public record AlertChannelView(long id, String name, String kind, boolean enabled, List<String> alertTypes,
                               List<String> recipients, String url, String secret, String createdAt,
                               String updatedAt) {

    static AlertChannelView of(AlertChannel channel) {
        String url = channel.getKind() == ChannelKind.SLACK ? ChannelSecrets.maskUrl(channel.getUrl()) : channel.getUrl();
        return new AlertChannelView(channel.getId(), channel.getName(), channel.getKind().name(), channel.isEnabled(),
                channel.alertTypes().stream().map(Enum::name).toList(), channel.recipients(), url,
                channel.hasSecret() ? ChannelSecrets.MASK : null, channel.getCreatedAt().toString(),
                channel.getUpdatedAt().toString());
    }
}
