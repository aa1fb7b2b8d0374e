package org.apportion.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** What one import batch stored in one billing currency, summed from the stored cost lines. */
@Embeddable
public class CurrencyTotal {

    @Column(name = "billing_currency", length = 3, nullable = false)
    private String billingCurrency;

    @Column(name = "row_count", nullable = false)
    private long rowCount;

    @Column(name = "billed_cost", nullable = false, precision = 48, scale = 30)
    private BigDecimal billedCost;

    @Column(name = "effective_cost", nullable = false, precision = 48, scale = 30)
    private BigDecimal effectiveCost;

    @Column(name = "list_cost", nullable = false, precision = 48, scale = 30)
    private BigDecimal listCost;

    @Column(name = "contracted_cost", nullable = false, precision = 48, scale = 30)
    private BigDecimal contractedCost;

    protected CurrencyTotal() {
    }

    public CurrencyTotal(String billingCurrency, long rowCount, BigDecimal billedCost, BigDecimal effectiveCost,
                         BigDecimal listCost, BigDecimal contractedCost) {
        this.billingCurrency = billingCurrency;
        this.rowCount = rowCount;
        this.billedCost = billedCost;
        this.effectiveCost = effectiveCost;
        this.listCost = listCost;
        this.contractedCost = contractedCost;
    }

    public String getBillingCurrency() { return billingCurrency; }
    public long getRowCount() { return rowCount; }
    public BigDecimal getBilledCost() { return billedCost; }
    public BigDecimal getEffectiveCost() { return effectiveCost; }
    public BigDecimal getListCost() { return listCost; }
    public BigDecimal getContractedCost() { return contractedCost; }
}
