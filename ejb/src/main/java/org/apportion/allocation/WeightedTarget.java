package org.apportion.allocation;

import java.math.BigDecimal;

/** A target cost center with its positive weight in one split (a percentage, a usage quantity, a direct cost, 1). */
record WeightedTarget(String costCenterCode, BigDecimal weight) {
}
