package org.apportion.exports;

import java.util.List;

/** An origin charge with its allocated parts, in the order the run stored them. */
record LineParts(OriginCharge origin, List<AllocatedShare> shares) {

    LineParts {
        shares = List.copyOf(shares);
    }
}
