package org.apportion.imports;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes a chunk of cost lines with {@code LOAD DATA LOCAL INFILE}, fed from memory through MariaDB's driver:
 * MariaDB's bulk path costs a fraction of one INSERT per row (docs/BENCHMARKS.md). The statement runs on the
 * chunk's own JTA connection, so the rows still commit or roll back with the chunk's checkpoint.
 */
final class CostLineLoadData {

    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
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
        byte[] rows = tabSeparated(lines);
        try (Statement statement = connection.createStatement()) {
            org.mariadb.jdbc.Statement mariadb = statement.unwrap(org.mariadb.jdbc.Statement.class);
            mariadb.setLocalInfileInputStream(new ByteArrayInputStream(rows));
            long loaded = mariadb.executeLargeUpdate(LOAD);
            if (loaded != lines.size()) {
                throw new SQLException("LOAD DATA stored " + loaded + " of " + lines.size() + " cost lines");
            }
        }
    }

    static byte[] tabSeparated(List<CostLine> lines) {
        StringBuilder tsv = new StringBuilder(lines.size() * 1024);
        for (CostLine line : lines) {
            appendRow(tsv, line);
        }
        return tsv.toString().getBytes(StandardCharsets.UTF_8);
    }

    // Fields in the order of the column list above.
    private static void appendRow(StringBuilder tsv, CostLine line) {
        field(tsv, line.getImportBatchId());
        field(tsv, line.getSourceLine());
        field(tsv, line.getBilledCost());
        field(tsv, line.getBillingAccountId());
        field(tsv, line.getBillingAccountName());
        field(tsv, line.getBillingCurrency());
        field(tsv, line.getBillingPeriodStart());
        field(tsv, line.getBillingPeriodEnd());
        field(tsv, line.getChargeCategory());
        field(tsv, line.getChargeClass());
        field(tsv, line.getChargeDescription());
        field(tsv, line.getChargePeriodStart());
        field(tsv, line.getChargePeriodEnd());
        field(tsv, line.getContractedCost());
        field(tsv, line.getEffectiveCost());
        field(tsv, line.getInvoiceIssuerName());
        field(tsv, line.getListCost());
        field(tsv, line.getPricingQuantity());
        field(tsv, line.getPricingUnit());
        field(tsv, line.getProviderName());
        field(tsv, line.getPublisherName());
        field(tsv, line.getServiceCategory());
        field(tsv, line.getServiceName());
        field(tsv, line.getChargeFrequency());
        field(tsv, line.getSubAccountId());
        field(tsv, line.getSubAccountName());
        field(tsv, line.getRegionId());
        field(tsv, line.getRegionName());
        field(tsv, line.getAvailabilityZone());
        field(tsv, line.getResourceId());
        field(tsv, line.getResourceName());
        field(tsv, line.getResourceType());
        field(tsv, line.getSkuId());
        field(tsv, line.getSkuPriceId());
        field(tsv, line.getPricingCategory());
        field(tsv, line.getListUnitPrice());
        field(tsv, line.getContractedUnitPrice());
        field(tsv, line.getConsumedQuantity());
        field(tsv, line.getConsumedUnit());
        field(tsv, line.getCommitmentDiscountId());
        field(tsv, line.getCommitmentDiscountName());
        field(tsv, line.getCommitmentDiscountCategory());
        field(tsv, line.getCommitmentDiscountType());
        field(tsv, line.getCommitmentDiscountStatus());
        field(tsv, line.getTags());
        field(tsv, line.getProviderExtras());
        field(tsv, line.getRegistryCost());
        last(tsv, line.getPriceVariance());
    }

    private static void field(StringBuilder tsv, Object value) {
        value(tsv, value);
        tsv.append('\t');
    }

    private static void last(StringBuilder tsv, Object value) {
        value(tsv, value);
        tsv.append('\n');
    }

    private static void value(StringBuilder tsv, Object value) {
        switch (value) {
            case null -> tsv.append("\\N");
            case BigDecimal amount -> tsv.append(amount.toPlainString());
            case LocalDateTime time -> DATETIME.formatTo(time, tsv);
            case Number number -> tsv.append(number);
            default -> escaped(tsv, value.toString());
        }
    }

    /** LOAD DATA's escapes: a backslash, tab, newline, carriage return or NUL would otherwise end or bend the field. */
    static void escaped(StringBuilder tsv, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> tsv.append("\\\\");
                case '\t' -> tsv.append("\\t");
                case '\n' -> tsv.append("\\n");
                case '\r' -> tsv.append("\\r");
                case '\0' -> tsv.append("\\0");
                default -> tsv.append(c);
            }
        }
    }
}
