package org.apportion.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One row of a provider bill in FOCUS terms: field names are the FOCUS column names. Timestamps are UTC.
 * {@code tags} holds the FOCUS Tags JSON object; {@code providerExtras} a JSON object of the source columns
 * FOCUS has no column for (x_ columns, provider-specific ones).
 */
@Entity
@Table(name = "cost_line")
public class CostLine {

    /** Numbered by the database: the import writes cost lines in bulk (CostLineLoadData), not through JPA. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "import_batch_id", nullable = false)
    private long importBatchId;

    /** The physical line of the source file this cost line came from (header = line 1). */
    @Column(name = "source_line", nullable = false)
    private long sourceLine;

    @Column(name = "billed_cost", nullable = false, precision = 48, scale = 30)
    private BigDecimal billedCost;

    @Column(name = "billing_account_id", nullable = false)
    private String billingAccountId;

    @Column(name = "billing_account_name")
    private String billingAccountName;

    @Column(name = "billing_currency", nullable = false, length = 3)
    private String billingCurrency;

    @Column(name = "billing_period_start", nullable = false)
    private LocalDateTime billingPeriodStart;

    @Column(name = "billing_period_end", nullable = false)
    private LocalDateTime billingPeriodEnd;

    @Column(name = "charge_category", nullable = false, length = 16)
    private String chargeCategory;

    @Column(name = "charge_class", length = 16)
    private String chargeClass;

    @Column(name = "charge_description", length = 2048)
    private String chargeDescription;

    @Column(name = "charge_period_start", nullable = false)
    private LocalDateTime chargePeriodStart;

    @Column(name = "charge_period_end", nullable = false)
    private LocalDateTime chargePeriodEnd;

    @Column(name = "contracted_cost", precision = 48, scale = 30)
    private BigDecimal contractedCost;

    @Column(name = "effective_cost", nullable = false, precision = 48, scale = 30)
    private BigDecimal effectiveCost;

    @Column(name = "invoice_issuer_name", nullable = false)
    private String invoiceIssuerName;

    @Column(name = "list_cost", precision = 48, scale = 30)
    private BigDecimal listCost;

    @Column(name = "pricing_quantity", precision = 48, scale = 30)
    private BigDecimal pricingQuantity;

    @Column(name = "pricing_unit")
    private String pricingUnit;

    @Column(name = "provider_name", nullable = false)
    private String providerName;

    @Column(name = "publisher_name")
    private String publisherName;

    @Column(name = "service_category", nullable = false, length = 64)
    private String serviceCategory;

    @Column(name = "service_name", nullable = false)
    private String serviceName;

    @Column(name = "charge_frequency", length = 16)
    private String chargeFrequency;

    @Column(name = "sub_account_id")
    private String subAccountId;

    @Column(name = "sub_account_name")
    private String subAccountName;

    @Column(name = "region_id", length = 64)
    private String regionId;

    @Column(name = "region_name", length = 128)
    private String regionName;

    @Column(name = "availability_zone", length = 64)
    private String availabilityZone;

    @Column(name = "resource_id", length = 1024)
    private String resourceId;

    @Column(name = "resource_name", length = 512)
    private String resourceName;

    @Column(name = "resource_type")
    private String resourceType;

    @Column(name = "sku_id")
    private String skuId;

    @Column(name = "sku_price_id")
    private String skuPriceId;

    @Column(name = "pricing_category", length = 16)
    private String pricingCategory;

    @Column(name = "list_unit_price", precision = 48, scale = 30)
    private BigDecimal listUnitPrice;

    @Column(name = "contracted_unit_price", precision = 48, scale = 30)
    private BigDecimal contractedUnitPrice;

    @Column(name = "consumed_quantity", precision = 48, scale = 30)
    private BigDecimal consumedQuantity;

    @Column(name = "consumed_unit")
    private String consumedUnit;

    @Column(name = "commitment_discount_id", length = 512)
    private String commitmentDiscountId;

    @Column(name = "commitment_discount_name")
    private String commitmentDiscountName;

    @Column(name = "commitment_discount_category", length = 16)
    private String commitmentDiscountCategory;

    @Column(name = "commitment_discount_type")
    private String commitmentDiscountType;

    @Column(name = "commitment_discount_status", length = 16)
    private String commitmentDiscountStatus;

    @Column(name = "tags")
    private String tags;

    @Column(name = "provider_extras")
    private String providerExtras;

    /** What the model price registry says the line costs, in the billing currency (LLM usage and cost reports). */
    @Column(name = "x_registry_cost", precision = 48, scale = 30)
    private BigDecimal registryCost;

    /** Billed cost minus registry cost, where a line has both. */
    @Column(name = "x_price_variance", precision = 48, scale = 30)
    private BigDecimal priceVariance;

    public CostLine() {
    }

    public CostLine(long importBatchId, long sourceLine) {
        this.importBatchId = importBatchId;
        this.sourceLine = sourceLine;
    }

    public Long getId() { return id; }
    public long getImportBatchId() { return importBatchId; }
    public long getSourceLine() { return sourceLine; }
    public BigDecimal getBilledCost() { return billedCost; }
    public void setBilledCost(BigDecimal billedCost) { this.billedCost = billedCost; }

    public String getBillingAccountId() { return billingAccountId; }
    public void setBillingAccountId(String billingAccountId) { this.billingAccountId = billingAccountId; }

    public String getBillingAccountName() { return billingAccountName; }
    public void setBillingAccountName(String billingAccountName) { this.billingAccountName = billingAccountName; }

    public String getBillingCurrency() { return billingCurrency; }
    public void setBillingCurrency(String billingCurrency) { this.billingCurrency = billingCurrency; }

    public LocalDateTime getBillingPeriodStart() { return billingPeriodStart; }
    public void setBillingPeriodStart(LocalDateTime billingPeriodStart) { this.billingPeriodStart = billingPeriodStart; }

    public LocalDateTime getBillingPeriodEnd() { return billingPeriodEnd; }
    public void setBillingPeriodEnd(LocalDateTime billingPeriodEnd) { this.billingPeriodEnd = billingPeriodEnd; }

    public String getChargeCategory() { return chargeCategory; }
    public void setChargeCategory(String chargeCategory) { this.chargeCategory = chargeCategory; }

    public String getChargeClass() { return chargeClass; }
    public void setChargeClass(String chargeClass) { this.chargeClass = chargeClass; }

    public String getChargeDescription() { return chargeDescription; }
    public void setChargeDescription(String chargeDescription) { this.chargeDescription = chargeDescription; }

    public LocalDateTime getChargePeriodStart() { return chargePeriodStart; }
    public void setChargePeriodStart(LocalDateTime chargePeriodStart) { this.chargePeriodStart = chargePeriodStart; }

    public LocalDateTime getChargePeriodEnd() { return chargePeriodEnd; }
    public void setChargePeriodEnd(LocalDateTime chargePeriodEnd) { this.chargePeriodEnd = chargePeriodEnd; }

    public BigDecimal getContractedCost() { return contractedCost; }
    public void setContractedCost(BigDecimal contractedCost) { this.contractedCost = contractedCost; }

    public BigDecimal getEffectiveCost() { return effectiveCost; }
    public void setEffectiveCost(BigDecimal effectiveCost) { this.effectiveCost = effectiveCost; }

    public String getInvoiceIssuerName() { return invoiceIssuerName; }
    public void setInvoiceIssuerName(String invoiceIssuerName) { this.invoiceIssuerName = invoiceIssuerName; }

    public BigDecimal getListCost() { return listCost; }
    public void setListCost(BigDecimal listCost) { this.listCost = listCost; }

    public BigDecimal getPricingQuantity() { return pricingQuantity; }
    public void setPricingQuantity(BigDecimal pricingQuantity) { this.pricingQuantity = pricingQuantity; }

    public String getPricingUnit() { return pricingUnit; }
    public void setPricingUnit(String pricingUnit) { this.pricingUnit = pricingUnit; }

    public String getProviderName() { return providerName; }
    public void setProviderName(String providerName) { this.providerName = providerName; }

    public String getPublisherName() { return publisherName; }
    public void setPublisherName(String publisherName) { this.publisherName = publisherName; }

    public String getServiceCategory() { return serviceCategory; }
    public void setServiceCategory(String serviceCategory) { this.serviceCategory = serviceCategory; }

    public String getServiceName() { return serviceName; }
    public void setServiceName(String serviceName) { this.serviceName = serviceName; }

    public String getChargeFrequency() { return chargeFrequency; }
    public void setChargeFrequency(String chargeFrequency) { this.chargeFrequency = chargeFrequency; }

    public String getSubAccountId() { return subAccountId; }
    public void setSubAccountId(String subAccountId) { this.subAccountId = subAccountId; }

    public String getSubAccountName() { return subAccountName; }
    public void setSubAccountName(String subAccountName) { this.subAccountName = subAccountName; }

    public String getRegionId() { return regionId; }
    public void setRegionId(String regionId) { this.regionId = regionId; }

    public String getRegionName() { return regionName; }
    public void setRegionName(String regionName) { this.regionName = regionName; }

    public String getAvailabilityZone() { return availabilityZone; }
    public void setAvailabilityZone(String availabilityZone) { this.availabilityZone = availabilityZone; }

    public String getResourceId() { return resourceId; }
    public void setResourceId(String resourceId) { this.resourceId = resourceId; }

    public String getResourceName() { return resourceName; }
    public void setResourceName(String resourceName) { this.resourceName = resourceName; }

    public String getResourceType() { return resourceType; }
    public void setResourceType(String resourceType) { this.resourceType = resourceType; }

    public String getSkuId() { return skuId; }
    public void setSkuId(String skuId) { this.skuId = skuId; }

    public String getSkuPriceId() { return skuPriceId; }
    public void setSkuPriceId(String skuPriceId) { this.skuPriceId = skuPriceId; }

    public String getPricingCategory() { return pricingCategory; }
    public void setPricingCategory(String pricingCategory) { this.pricingCategory = pricingCategory; }

    public BigDecimal getListUnitPrice() { return listUnitPrice; }
    public void setListUnitPrice(BigDecimal listUnitPrice) { this.listUnitPrice = listUnitPrice; }

    public BigDecimal getContractedUnitPrice() { return contractedUnitPrice; }
    public void setContractedUnitPrice(BigDecimal contractedUnitPrice) { this.contractedUnitPrice = contractedUnitPrice; }

    public BigDecimal getConsumedQuantity() { return consumedQuantity; }
    public void setConsumedQuantity(BigDecimal consumedQuantity) { this.consumedQuantity = consumedQuantity; }

    public String getConsumedUnit() { return consumedUnit; }
    public void setConsumedUnit(String consumedUnit) { this.consumedUnit = consumedUnit; }

    public String getCommitmentDiscountId() { return commitmentDiscountId; }
    public void setCommitmentDiscountId(String commitmentDiscountId) { this.commitmentDiscountId = commitmentDiscountId; }

    public String getCommitmentDiscountName() { return commitmentDiscountName; }
    public void setCommitmentDiscountName(String commitmentDiscountName) { this.commitmentDiscountName = commitmentDiscountName; }

    public String getCommitmentDiscountCategory() { return commitmentDiscountCategory; }
    public void setCommitmentDiscountCategory(String commitmentDiscountCategory) { this.commitmentDiscountCategory = commitmentDiscountCategory; }

    public String getCommitmentDiscountType() { return commitmentDiscountType; }
    public void setCommitmentDiscountType(String commitmentDiscountType) { this.commitmentDiscountType = commitmentDiscountType; }

    public String getCommitmentDiscountStatus() { return commitmentDiscountStatus; }
    public void setCommitmentDiscountStatus(String commitmentDiscountStatus) { this.commitmentDiscountStatus = commitmentDiscountStatus; }

    public String getTags() { return tags; }
    public void setTags(String tags) { this.tags = tags; }

    public String getProviderExtras() { return providerExtras; }
    public void setProviderExtras(String providerExtras) { this.providerExtras = providerExtras; }

    public BigDecimal getRegistryCost() { return registryCost; }
    public void setRegistryCost(BigDecimal registryCost) { this.registryCost = registryCost; }

    public BigDecimal getPriceVariance() { return priceVariance; }
    public void setPriceVariance(BigDecimal priceVariance) { this.priceVariance = priceVariance; }
}
