package org.apportion.imports.aws;

import java.util.List;
import org.apportion.imports.BillFormat;
import org.apportion.imports.BillFormatReader;
import org.apportion.imports.BillRowMapper;
import org.apportion.imports.RowProblem;

/** The legacy AWS Cost and Usage Report (CUR 1.0), recognised by its {@code lineItem/} columns. */
public final class AwsCurFormat implements BillFormatReader {

    static final List<String> REQUIRED_COLUMNS = List.of("bill/PayerAccountId", "bill/BillingPeriodStartDate",
            "bill/BillingPeriodEndDate", "lineItem/UsageAccountId", "lineItem/LineItemType",
            "lineItem/UsageStartDate", "lineItem/UsageEndDate", "lineItem/ProductCode", "lineItem/CurrencyCode",
            "lineItem/UnblendedCost");

    @Override
    public BillFormat format() {
        return BillFormat.AWS_CUR;
    }

    @Override
    public boolean recognises(List<String> header) {
        return header.contains("lineItem/UnblendedCost") && header.contains("lineItem/LineItemType");
    }

    @Override
    public HeaderCheck check(List<String> header) {
        List<RowProblem> missing = REQUIRED_COLUMNS.stream().filter(c -> !header.contains(c))
                .map(c -> new RowProblem(1, c, null, "column required in an AWS Cost and Usage Report is missing"))
                .toList();
        return new HeaderCheck("1.0", missing);
    }

    @Override
    public BillRowMapper rowMapper(List<String> header) {
        return new AwsCurRowMapper(header)::toCostLine;
    }
}
