package org.apportion.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Writes cost lines with one batched JDBC insert per chunk. The import's hot path: JPA persisting every
 * line cost ten times LOAD DATA's time (docs/BENCHMARKS.md). The connection comes from the JTA datasource,
 * so the rows commit with the chunk's checkpoint.
 */
final class CostLineInserts {

    // Columns in the order of CostLine's fields; bind() follows the same order.
    private static final String INSERT = """
            INSERT INTO cost_line (
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
            tags, provider_extras, x_registry_cost, x_price_variance)
            VALUES (
            ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
            ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private CostLineInserts() {
    }

    static void insert(Connection connection, List<CostLine> lines) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (CostLine line : lines) {
                bind(insert, line);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void bind(PreparedStatement insert, CostLine line) throws SQLException {
        insert.setLong(1, line.getImportBatchId());
        insert.setLong(2, line.getSourceLine());
        insert.setBigDecimal(3, line.getBilledCost());
        insert.setString(4, line.getBillingAccountId());
        insert.setString(5, line.getBillingAccountName());
        insert.setString(6, line.getBillingCurrency());
        insert.setObject(7, line.getBillingPeriodStart());
        insert.setObject(8, line.getBillingPeriodEnd());
        insert.setString(9, line.getChargeCategory());
        insert.setString(10, line.getChargeClass());
        insert.setString(11, line.getChargeDescription());
        insert.setObject(12, line.getChargePeriodStart());
        insert.setObject(13, line.getChargePeriodEnd());
        insert.setBigDecimal(14, line.getContractedCost());
        insert.setBigDecimal(15, line.getEffectiveCost());
        insert.setString(16, line.getInvoiceIssuerName());
        insert.setBigDecimal(17, line.getListCost());
        insert.setBigDecimal(18, line.getPricingQuantity());
        insert.setString(19, line.getPricingUnit());
        insert.setString(20, line.getProviderName());
        insert.setString(21, line.getPublisherName());
        insert.setString(22, line.getServiceCategory());
        insert.setString(23, line.getServiceName());
        insert.setString(24, line.getChargeFrequency());
        insert.setString(25, line.getSubAccountId());
        insert.setString(26, line.getSubAccountName());
        insert.setString(27, line.getRegionId());
        insert.setString(28, line.getRegionName());
        insert.setString(29, line.getAvailabilityZone());
        insert.setString(30, line.getResourceId());
        insert.setString(31, line.getResourceName());
        insert.setString(32, line.getResourceType());
        insert.setString(33, line.getSkuId());
        insert.setString(34, line.getSkuPriceId());
        insert.setString(35, line.getPricingCategory());
        insert.setBigDecimal(36, line.getListUnitPrice());
        insert.setBigDecimal(37, line.getContractedUnitPrice());
        insert.setBigDecimal(38, line.getConsumedQuantity());
        insert.setString(39, line.getConsumedUnit());
        insert.setString(40, line.getCommitmentDiscountId());
        insert.setString(41, line.getCommitmentDiscountName());
        insert.setString(42, line.getCommitmentDiscountCategory());
        insert.setString(43, line.getCommitmentDiscountType());
        insert.setString(44, line.getCommitmentDiscountStatus());
        insert.setString(45, line.getTags());
        insert.setString(46, line.getProviderExtras());
        insert.setBigDecimal(47, line.getRegistryCost());
        insert.setBigDecimal(48, line.getPriceVariance());
    }
}
