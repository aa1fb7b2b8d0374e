package org.apportion.imports.aws;

import java.util.List;
import org.apportion.imports.BillFormat;
import org.apportion.imports.BillFormatReader;
import org.apportion.imports.BillRowMapper;
import org.apportion.imports.RowProblem;

/**
 * The AWS Cost and Usage Report: the legacy CUR (1.0), recognised by its {@code lineItem/} columns, or
 * CUR 2.0 from AWS Data Exports, recognised by its snake-case {@code line_item_} columns. Both are read by
 * the same mapping through their {@link CurColumns} naming.
 */
public final class AwsCurFormat implements BillFormatReader {

    private final CurColumns naming;

    /** The legacy CUR (1.0). */
    public AwsCurFormat() {
        this(CurColumns.LEGACY);
    }

    private AwsCurFormat(CurColumns naming) {
        this.naming = naming;
    }

    /** CUR 2.0, as AWS Data Exports writes it. */
    public static AwsCurFormat cur2() {
        return new AwsCurFormat(CurColumns.CUR2);
    }

    @Override
    public BillFormat format() {
        return naming == CurColumns.LEGACY ? BillFormat.AWS_CUR : BillFormat.AWS_CUR2;
    }

    @Override
    public boolean recognises(List<String> header) {
        return naming.recognises(header);
    }

    @Override
    public HeaderCheck check(List<String> header) {
        List<RowProblem> missing = naming.requiredColumns().stream().filter(c -> !header.contains(c))
                .map(c -> new RowProblem(1, c, null, "column required in an " + naming.reportName() + " is missing"))
                .toList();
        return new HeaderCheck(naming.version(), missing);
    }

    @Override
    public BillRowMapper rowMapper(List<String> header) {
        return new AwsCurRowMapper(naming, header)::toCostLine;
    }
}
