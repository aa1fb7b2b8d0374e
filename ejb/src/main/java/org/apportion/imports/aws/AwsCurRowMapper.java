package org.apportion.imports.aws;

import static org.apportion.imports.aws.CurField.*;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apportion.imports.BillRecord;
import org.apportion.imports.BillRowMapper;
import org.apportion.imports.CostLine;
import org.apportion.imports.InvalidBillRowException;
import org.apportion.imports.RowValues;
import org.apportion.imports.ServiceCategories;

/**
 * Maps a CUR row, legacy or 2.0 (the {@link CurColumns} naming tells where each field is), to a FOCUS cost
 * line. BilledCost is the unblended cost for every line item type, so billed totals reconcile with the
 * invoice. EffectiveCost follows AWS's amortization: covered usage carries its reservation or Savings Plan
 * effective cost, negations and upfront fees carry none, recurring fees carry only their unused part.
 * See docs/formats.md.
 */
final class AwsCurRowMapper implements BillRowMapper {

    private static final ServiceCategories SERVICE_CATEGORIES =
            ServiceCategories.load(AwsCurRowMapper.class, "aws-service-categories.properties");
    /** CUR columns worth keeping beside the FOCUS ones; the other ~80 product and pricing columns are not. */
    private static final List<CurField> EXTRAS = List.of(LINE_ITEM_ID, LINE_ITEM_TYPE, USAGE_TYPE, OPERATION,
            TAX_TYPE, BILL_TYPE, INVOICE_ID, PRODUCT_FAMILY);

    private final CurColumns naming;
    private final Map<String, Integer> positions = new HashMap<>();
    private final MapKeyColumns mapKeys;
    private final Function<RowValues, String> tagReader;
    private final List<String> extras;
    private final int columnCount;

    AwsCurRowMapper(CurColumns naming, List<String> header) {
        this.naming = naming;
        for (int i = 0; i < header.size(); i++) {
            positions.putIfAbsent(header.get(i), i);
        }
        mapKeys = new MapKeyColumns(header, naming.columns(Arrays.asList(CurField.values())), positions);
        tagReader = naming.tagReader(header);
        extras = naming.columns(EXTRAS);
        columnCount = header.size();
    }

    @Override
    public CostLine toCostLine(long importBatchId, BillRecord record) throws InvalidBillRowException {
        record.requireColumns(columnCount);
        RowValues row = mapKeys.read(record, positions);
        CostLine line = new CostLine(importBatchId, record.line());
        LineItemType type = lineItemType(row);
        mapAccountsAndPeriods(row, line);
        mapCosts(row, line, type);
        mapServiceAndResource(row, line);
        mapUsage(row, line, type);
        line.setTags(tagReader.apply(row));
        line.setProviderExtras(row.jsonOf(extras));
        if (!row.problems().isEmpty()) {
            throw new InvalidBillRowException(row.problems());
        }
        return line;
    }

    private String col(CurField field) {
        return naming.of(field);
    }

    private LineItemType lineItemType(RowValues row) {
        String value = row.required(col(LINE_ITEM_TYPE), true);
        if (value == null) {
            return null;
        }
        return LineItemType.of(value).orElseGet(() -> row.problem(col(LINE_ITEM_TYPE), value,
                "not a known line item type (" + LineItemType.known() + ")"));
    }

    private void mapAccountsAndPeriods(RowValues row, CostLine line) {
        line.setBillingAccountId(row.text(col(PAYER_ACCOUNT_ID), 255, true));
        line.setBillingAccountName(row.text(col(PAYER_ACCOUNT_NAME), 255, false));
        line.setSubAccountId(row.text(col(USAGE_ACCOUNT_ID), 255, true));
        line.setSubAccountName(row.text(col(USAGE_ACCOUNT_NAME), 255, false));
        line.setBillingCurrency(row.currency(col(CURRENCY_CODE), true));
        line.setBillingPeriodStart(row.dateTime(col(BILLING_PERIOD_START), true));
        line.setBillingPeriodEnd(row.dateTime(col(BILLING_PERIOD_END), true));
        line.setChargePeriodStart(row.dateTime(col(USAGE_START), true));
        line.setChargePeriodEnd(row.dateTime(col(USAGE_END), true));
        String issuer = row.text(col(INVOICING_ENTITY), 255, false);
        line.setInvoiceIssuerName(issuer != null ? issuer : "Amazon Web Services, Inc.");
        line.setProviderName("AWS");
        String publisher = row.text(col(LEGAL_ENTITY), 255, false);
        line.setPublisherName(publisher != null ? publisher : "Amazon Web Services, Inc.");
    }

    private void mapCosts(RowValues row, CostLine line, LineItemType type) {
        BigDecimal unblended = row.decimal(col(UNBLENDED_COST), true);
        line.setBilledCost(unblended);
        line.setContractedCost(unblended);
        BigDecimal publicOnDemand = row.decimal(col(PUBLIC_ON_DEMAND_COST), false);
        line.setListCost(publicOnDemand != null ? publicOnDemand : unblended);
        line.setListUnitPrice(row.decimal(col(PUBLIC_ON_DEMAND_RATE), false));
        line.setContractedUnitPrice(row.decimal(col(UNBLENDED_RATE), false));
        if (type != null && unblended != null) {
            line.setEffectiveCost(effectiveCost(row, type, unblended));
            line.setChargeCategory(type.chargeCategory());
            line.setChargeFrequency(type.chargeFrequency());
            line.setPricingCategory(type.pricingCategory());
        }
        line.setChargeDescription(row.text(col(LINE_ITEM_DESCRIPTION), 2048, false));
    }

    /** The amortized cost AWS's own "net amortized" view gives each line item type. */
    private BigDecimal effectiveCost(RowValues row, LineItemType type, BigDecimal unblended) {
        return switch (type) {
            case DISCOUNTED_USAGE -> orZero(row.decimal(col(RESERVATION_EFFECTIVE_COST), false));
            case SAVINGS_PLAN_COVERED_USAGE -> orZero(row.decimal(col(SAVINGS_PLAN_EFFECTIVE_COST), false));
            case SAVINGS_PLAN_NEGATION, SAVINGS_PLAN_UPFRONT_FEE -> BigDecimal.ZERO;
            case RI_FEE -> orZero(row.decimal(col(RESERVATION_UNUSED_AMORTIZED_UPFRONT_FEE), false))
                    .add(orZero(row.decimal(col(RESERVATION_UNUSED_RECURRING_FEE), false)));
            case SAVINGS_PLAN_RECURRING_FEE -> orZero(row.decimal(col(SAVINGS_PLAN_TOTAL_COMMITMENT_TO_DATE), false))
                    .subtract(orZero(row.decimal(col(SAVINGS_PLAN_USED_COMMITMENT), false)));
            // An upfront reservation purchase is amortized into the usage it covers.
            case FEE -> row.raw(col(RESERVATION_ARN)) != null ? BigDecimal.ZERO : unblended;
            default -> unblended;
        };
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private void mapServiceAndResource(RowValues row, CostLine line) {
        String productCode = row.text(col(PRODUCT_CODE), 255, true);
        String productName = row.text(col(PRODUCT_NAME), 255, false);
        line.setServiceName(productName != null ? productName : productCode);
        line.setServiceCategory(SERVICE_CATEGORIES.of(productCode));
        String regionCode = row.text(col(REGION_CODE), 64, false);
        line.setRegionId(regionCode != null ? regionCode : row.text(col(REGION), 64, false));
        line.setRegionName(row.text(col(LOCATION), 128, false));
        line.setAvailabilityZone(row.text(col(AVAILABILITY_ZONE), 64, false));
        line.setResourceId(row.text(col(RESOURCE_ID), 1024, false));
        line.setSkuId(row.text(col(SKU), 255, false));
        line.setSkuPriceId(row.text(col(RATE_CODE), 255, false));
    }

    private void mapUsage(RowValues row, CostLine line, LineItemType type) {
        BigDecimal amount = row.decimal(col(USAGE_AMOUNT), false);
        String unit = row.text(col(PRICING_UNIT), 255, false);
        line.setPricingQuantity(amount);
        line.setPricingUnit(unit);
        if (type == LineItemType.USAGE || type == LineItemType.DISCOUNTED_USAGE
                || type == LineItemType.SAVINGS_PLAN_COVERED_USAGE) {
            line.setConsumedQuantity(amount);
            line.setConsumedUnit(unit);
        }
        String reservation = row.text(col(RESERVATION_ARN), 512, false);
        String savingsPlan = row.text(col(SAVINGS_PLAN_ARN), 512, false);
        if (reservation != null) {
            line.setCommitmentDiscountId(reservation);
            line.setCommitmentDiscountCategory("Usage");
            line.setCommitmentDiscountType("Reserved Instance");
        } else if (savingsPlan != null) {
            line.setCommitmentDiscountId(savingsPlan);
            line.setCommitmentDiscountCategory("Spend");
            line.setCommitmentDiscountType("Savings Plan");
        }
        if (type == LineItemType.DISCOUNTED_USAGE || type == LineItemType.SAVINGS_PLAN_COVERED_USAGE) {
            line.setCommitmentDiscountStatus("Used");
        }
    }
}
