package org.apportion.pricing;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The tokens of one usage record by the price they are charged at: input that was neither read from nor
 * written to a prompt cache, input read from the cache, input written to it, and output. Batch usage is
 * charged at the batch tier for its uncached input and output.
 */
public record TokenUsage(BigDecimal uncachedInput, BigDecimal cachedInput, BigDecimal cacheWrite,
                         BigDecimal output, boolean batch) {

    public TokenUsage {
        Objects.requireNonNull(uncachedInput, "uncachedInput");
        Objects.requireNonNull(cachedInput, "cachedInput");
        Objects.requireNonNull(cacheWrite, "cacheWrite");
        Objects.requireNonNull(output, "output");
    }

    public BigDecimal total() {
        return uncachedInput.add(cachedInput).add(cacheWrite).add(output);
    }
}
