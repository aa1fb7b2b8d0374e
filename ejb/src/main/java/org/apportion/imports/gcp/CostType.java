package org.apportion.imports.gcp;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The export's {@code cost_type} and the FOCUS charge category it becomes, as Google's FOCUS view maps it. */
enum CostType {
    REGULAR("regular", "Usage"),
    TAX("tax", "Tax"),
    ADJUSTMENT("adjustment", "Adjustment"),
    ROUNDING_ERROR("rounding error", "Adjustment");

    private final String exportName;
    private final String chargeCategory;

    CostType(String exportName, String chargeCategory) {
        this.exportName = exportName;
        this.chargeCategory = chargeCategory;
    }

    /** Matches case-insensitively; {@code rounding_error} is read as {@code rounding error}. */
    static Optional<CostType> of(String value) {
        String name = value.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Arrays.stream(values()).filter(t -> t.exportName.equals(name)).findFirst();
    }

    static String known() {
        return String.join(", ", Arrays.stream(values()).map(t -> t.exportName).toList());
    }

    String chargeCategory() {
        return chargeCategory;
    }
}
