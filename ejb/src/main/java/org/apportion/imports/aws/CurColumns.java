package org.apportion.imports.aws;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.apportion.imports.RowValues;
import org.apportion.imports.TagColumns;

/**
 * How a CUR version names its columns and carries its tags. Both versions hold the same data, so one
 * mapping ({@link AwsCurRowMapper}) reads either through this naming.
 */
enum CurColumns {
    /** The legacy CUR: {@code lineItem/UnblendedCost}, one {@code resourceTags/<key>} column per tag. */
    LEGACY("1.0", "AWS Cost and Usage Report") {
        @Override
        String of(CurField field) {
            return field.legacyName();
        }

        @Override
        Function<RowValues, String> tagReader(List<String> header) {
            return new TagColumns(header, "resourceTags/")::tags;
        }
    },
    /** CUR 2.0 from AWS Data Exports: {@code line_item_unblended_cost}, tags in the JSON map {@code resource_tags}. */
    CUR2("2.0", "AWS Cost and Usage Report 2.0") {
        @Override
        String of(CurField field) {
            return field.cur2Name();
        }

        @Override
        Function<RowValues, String> tagReader(List<String> header) {
            return row -> {
                String tags = row.tags(TAGS_MAP, row.raw(TAGS_MAP));
                return "{}".equals(tags) ? null : tags;
            };
        }
    };

    static final String TAGS_MAP = "resource_tags";

    private final String version;
    private final String reportName;

    CurColumns(String version, String reportName) {
        this.version = version;
        this.reportName = reportName;
    }

    /** The column holding a field in this naming. */
    abstract String of(CurField field);

    /** Reads a row's tags as the FOCUS Tags object (null when it has none), recording formula-like values. */
    abstract Function<RowValues, String> tagReader(List<String> header);

    String version() {
        return version;
    }

    String reportName() {
        return reportName;
    }

    boolean recognises(List<String> header) {
        return header.contains(of(CurField.UNBLENDED_COST)) && header.contains(of(CurField.LINE_ITEM_TYPE));
    }

    List<String> requiredColumns() {
        return Arrays.stream(CurField.values()).filter(CurField::required).map(this::of).toList();
    }

    List<String> columns(List<CurField> fields) {
        return fields.stream().map(this::of).toList();
    }
}
