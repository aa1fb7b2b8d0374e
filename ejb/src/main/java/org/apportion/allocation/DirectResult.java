package org.apportion.allocation;

import java.util.List;

/**
 * What the DIRECT pass did with a line: either its parts (a DIRECT rule allocated it, or nothing matched it and it
 * is on UNALLOCATED), or, when only a SHARED rule matches it, no parts and {@code sharedPool}: the line belongs to
 * a shared pool and must go through {@link SharedPass} once the direct totals are complete.
 */
public record DirectResult(List<AllocatedPart> parts, boolean sharedPool) {

    private static final DirectResult SHARED_POOL = new DirectResult(List.of(), true);

    public DirectResult {
        parts = List.copyOf(parts);
    }

    static DirectResult allocated(List<AllocatedPart> parts) {
        return new DirectResult(parts, false);
    }

    static DirectResult sharedPoolLine() {
        return SHARED_POOL;
    }
}
