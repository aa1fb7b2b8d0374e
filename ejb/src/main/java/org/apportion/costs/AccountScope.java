package org.apportion.costs;

import java.util.Objects;

/** One provider's billing account: the part of a billing period a restated bill replaces, and refreshes. */
public record AccountScope(String providerName, String billingAccountId) {

    public AccountScope {
        Objects.requireNonNull(providerName, "providerName");
        Objects.requireNonNull(billingAccountId, "billingAccountId");
    }
}
