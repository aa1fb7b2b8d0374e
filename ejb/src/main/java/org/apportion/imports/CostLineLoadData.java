package org.apportion.imports;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.apportion.base.LoadDataRows;

/**
 * Writes a chunk of cost lines with {@code LOAD DATA LOCAL INFILE} ({@link LoadDataRows}) on the chunk's own JTA
 * connection, so the rows commit or roll back with the chunk's checkpoint.
 */
final class CostLineLoadData {

    private static final String LOAD = """
            LOAD DATA LOCAL INFILE 'cost-lines.tsv' INTO TABLE cost_line CHARACTER SET utf8mb4
            FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' (
            import_batch_id, source_line, billed_cost, billing_account_id, billing_account_name,
            billing_currency, billing_period_start, billing_period_end, charge_category,
            charge_class, charge_description, charge_period_start, charge_period_end,
            contracted_cost, effective_cost, invoice_issuer_name, list_cost, pricing_quantity,
            pricing_unit, provider_name, publisher_name, service_category, service_name,
            charge_frequency, sub_account_id, sub_account_name, region_id, region_name,
            availability_zone, resource_id, resource_name, resource_type, sku_id, sku_price_id,
            pricing_category, list_unit_price, contracted_unit_price, consumed_quantity,
            consumed_unit, commitment_discount_id, commitment_discount_name,
            commitment_discount_category, commitment_discount_type, commitment_discount_status,
            tags, provider_extras, x_registry_cost, x_price_variance)""";

    private CostLineLoadData() {
    }

    static void load(Connection connection, List<CostLine> lines) throws SQLException {
        rows(lines).load(connection, LOAD);
    }

    static byte[] tabSeparated(List<CostLine> lines) {
        return rows(lines).bytes();
    }

    private static LoadDataRows rows(List<CostLine> lines) {
        LoadDataRows tsv = new LoadDataRows(lines.size(), 1024);
        for (CostLine line : lines) {
            appendRow(tsv, line);
        }
        return tsv;
    }

    // Fields in the order of the column list above.
    private static void appendRow(LoadDataRows tsv, CostLine line) {
        tsv.field(line.getImportBatchId());
        tsv.field(line.getSourceLine());
        tsv.field(line.getBilledCost());
        tsv.field(line.getBillingAccountId());
        tsv.field(line.getBillingAccountName());
        tsv.field(line.getBillingCurrency());
        tsv.field(line.getBillingPeriodStart());
        tsv.field(line.getBillingPeriodEnd());
        tsv.field(line.getChargeCategory());
        tsv.field(line.getChargeClass());
        tsv.field(line.getChargeDescription());
        tsv.field(line.getChargePeriodStart());
        tsv.field(line.getChargePeriodEnd());
        tsv.field(line.getContractedCost());
        tsv.field(line.getEffectiveCost());
        tsv.field(line.getInvoiceIssuerName());
        tsv.field(line.getListCost());
        tsv.field(line.getPricingQuantity());
        tsv.field(line.getPricingUnit());
        tsv.field(line.getProviderName());
        tsv.field(line.getPublisherName());
        tsv.field(line.getServiceCategory());
        tsv.field(line.getServiceName());
        tsv.field(line.getChargeFrequency());
        tsv.field(line.getSubAccountId());
        tsv.field(line.getSubAccountName());
        tsv.field(line.getRegionId());
        tsv.field(line.getRegionName());
        tsv.field(line.getAvailabilityZone());
        tsv.field(line.getResourceId());
        tsv.field(line.getResourceName());
        tsv.field(line.getResourceType());
        tsv.field(line.getSkuId());
        tsv.field(line.getSkuPriceId());
        tsv.field(line.getPricingCategory());
        tsv.field(line.getListUnitPrice());
        tsv.field(line.getContractedUnitPrice());
        tsv.field(line.getConsumedQuantity());
        tsv.field(line.getConsumedUnit());
        tsv.field(line.getCommitmentDiscountId());
        tsv.field(line.getCommitmentDiscountName());
        tsv.field(line.getCommitmentDiscountCategory());
        tsv.field(line.getCommitmentDiscountType());
        tsv.field(line.getCommitmentDiscountStatus());
        tsv.field(line.getTags());
        tsv.field(line.getProviderExtras());
        tsv.field(line.getRegistryCost());
        tsv.field(line.getPriceVariance()).endRow();
    }
}
