package org.apportion.web.api.alerts;

import org.apportion.alerts.ChannelPreference;

/** A user's choice for one alert type on one channel. */
public record PreferenceView(long id, String user, String email, String alertType, long channelId, boolean enabled,
                             String updatedAt) {

    static PreferenceView of(ChannelPreference p) {
        return new PreferenceView(p.getId(), p.getUserName(), p.getEmail(), p.getAlertType().name(), p.getChannelId(),
                p.isEnabled(), p.getUpdatedAt().toString());
    }
}
