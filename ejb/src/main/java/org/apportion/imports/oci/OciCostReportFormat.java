package org.apportion.imports.oci;

import java.util.List;
import org.apportion.imports.BillFormat;
import org.apportion.imports.BillFormatReader;
import org.apportion.imports.BillRowMapper;
import org.apportion.imports.RowProblem;

/** The Oracle Cloud Infrastructure cost report (CSV, plain or gzip), recognised by its line and cost columns. */
public final class OciCostReportFormat implements BillFormatReader {

    static final List<String> REQUIRED_COLUMNS = List.of("lineItem/referenceNo", "lineItem/tenantId",
            "lineItem/intervalUsageStart", "lineItem/intervalUsageEnd", "product/service", "cost/myCost",
            "cost/currencyCode");

    @Override
    public BillFormat format() {
        return BillFormat.OCI;
    }

    @Override
    public boolean recognises(List<String> header) {
        return header.contains("lineItem/referenceNo") && header.contains("cost/myCost");
    }

    /** OCI does not version its cost report; the version is null. */
    @Override
    public HeaderCheck check(List<String> header) {
        List<RowProblem> missing = REQUIRED_COLUMNS.stream().filter(c -> !header.contains(c))
                .map(c -> new RowProblem(1, c, null, "column required in an OCI cost report is missing"))
                .toList();
        return new HeaderCheck(null, missing);
    }

    @Override
    public BillRowMapper rowMapper(List<String> header) {
        return new OciCostReportRowMapper(header)::toCostLine;
    }
}
