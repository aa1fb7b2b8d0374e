package org.apportion.allocation;

/** Which FOCUS cost an allocation figure is of: as invoiced, or amortized (commitments spread over usage). */
public enum CostView {
    BilledCost("billed_cost"), EffectiveCost("effective_cost");

    private final String column;

    CostView(String column) {
        this.column = column;
    }

    String column() {
        return column;
    }
}
