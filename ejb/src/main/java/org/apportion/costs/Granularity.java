package org.apportion.costs;

/** How finely a series is cut: by charge day, or by billing period (the month a bill belongs to). */
public enum Granularity {
    DAILY, MONTHLY
}
