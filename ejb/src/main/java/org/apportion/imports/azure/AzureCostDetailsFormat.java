package org.apportion.imports.azure;

import java.util.List;
import java.util.stream.Stream;
import org.apportion.imports.BillFormat;
import org.apportion.imports.BillFormatReader;
import org.apportion.imports.BillRowMapper;
import org.apportion.imports.RowProblem;

/**
 * Azure cost details, as Cost Management exports them for EA and MCA billing accounts. Older EA files name
 * the cost {@code Cost} and the currency {@code BillingCurrency}; newer ones {@code CostInBillingCurrency}
 * and {@code BillingCurrencyCode}: either is read.
 */
public final class AzureCostDetailsFormat implements BillFormatReader {

    static final List<String> REQUIRED_COLUMNS = List.of("BillingAccountId", "BillingPeriodStartDate",
            "BillingPeriodEndDate", "SubscriptionId", "Date", "MeterCategory", "Quantity", "ChargeType");

    @Override
    public BillFormat format() {
        return BillFormat.AZURE;
    }

    @Override
    public boolean recognises(List<String> header) {
        return header.contains("MeterCategory") && header.contains("SubscriptionId")
                && (header.contains("CostInBillingCurrency") || header.contains("Cost"));
    }

    @Override
    public HeaderCheck check(List<String> header) {
        Stream<RowProblem> missing = REQUIRED_COLUMNS.stream().filter(c -> !header.contains(c))
                .map(c -> new RowProblem(1, c, null, "column required in an Azure cost details export is missing"));
        Stream<RowProblem> noCurrency = header.contains("BillingCurrencyCode") || header.contains("BillingCurrency")
                ? Stream.empty()
                : Stream.of(new RowProblem(1, "BillingCurrencyCode", null, "no billing currency column"));
        String version = header.contains("AccountOwnerId") ? "EA" : "MCA";
        return new HeaderCheck(version, Stream.concat(missing, noCurrency).toList());
    }

    @Override
    public BillRowMapper rowMapper(List<String> header) {
        return new AzureCostDetailsRowMapper(header)::toCostLine;
    }
}
