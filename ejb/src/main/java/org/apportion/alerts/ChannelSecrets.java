package org.apportion.alerts;

import java.net.URI;

/**
 * How credentials of a channel are shown: a Slack incoming-webhook URL carries its token in the path, so only
 * scheme, host and port are shown; a webhook secret only as "set".
 */
public final class ChannelSecrets {

    public static final String MASK = "****";

    private ChannelSecrets() {
    }

    /** {@code https://hooks.slack.com/services/T0/B0/xyz} → {@code https://hooks.slack.com/****}. */
    public static String maskUrl(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = URI.create(url);
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + "/" + MASK;
        } catch (IllegalArgumentException e) {
            return MASK;
        }
    }
}
