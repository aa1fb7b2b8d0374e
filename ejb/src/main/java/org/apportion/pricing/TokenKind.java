package org.apportion.pricing;

import java.math.BigDecimal;

/** The kinds of tokens a model's price distinguishes: each has its own price per million. */
public enum TokenKind {
    UNCACHED_INPUT, CACHED_INPUT, CACHE_WRITE, OUTPUT;

    /** Usage of this kind only: what a cost report line billing one kind of tokens covers. */
    public TokenUsage usage(BigDecimal tokens, boolean batch) {
        BigDecimal none = BigDecimal.ZERO;
        return switch (this) {
            case UNCACHED_INPUT -> new TokenUsage(tokens, none, none, none, batch);
            case CACHED_INPUT -> new TokenUsage(none, tokens, none, none, batch);
            case CACHE_WRITE -> new TokenUsage(none, none, tokens, none, batch);
            case OUTPUT -> new TokenUsage(none, none, none, tokens, batch);
        };
    }
}
