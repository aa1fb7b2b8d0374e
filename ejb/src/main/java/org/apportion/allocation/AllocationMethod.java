package org.apportion.allocation;

import java.util.Arrays;
import java.util.Optional;

/** How a rule splits a matching cost line among its target cost centers. */
public enum AllocationMethod {
    /** The whole amount to the rule's single cost center. */
    DIRECT,
    /** A fixed percentage per target; the percentages add up to exactly 100. */
    FIXED_PERCENT,
    /** In proportion to the targets' usage of a metric (tokens, requests, CPU-hours, seats): see {@link UsageTelemetry}. */
    USAGE_METRIC,
    /** Equal shares. */
    EVEN,
    /** SHARED stage only: in proportion to the targets' direct costs of the same month and currency. */
    PROPORTIONAL_TO_DIRECT;

    /** The method of this name, or empty when the name is unknown or missing (a stored rule's method column). */
    public static Optional<AllocationMethod> named(String name) {
        return Arrays.stream(values()).filter(m -> m.name().equals(name)).findFirst();
    }
}
