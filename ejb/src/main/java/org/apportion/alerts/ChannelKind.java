package org.apportion.alerts;

/** Where a channel sends alerts. */
public enum ChannelKind {
    /** E-mail through the server's mail session to the channel's recipients and opted-in users. */
    EMAIL,
    /** A Slack-compatible incoming webhook (Slack, Mattermost, Rocket.Chat): a JSON {@code text} message. */
    SLACK,
    /** A generic JSON webhook, signed with HMAC-SHA256 so the receiver can tell it came from Apportion. */
    WEBHOOK
}
