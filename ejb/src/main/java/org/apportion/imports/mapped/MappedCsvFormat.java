package org.apportion.imports.mapped;

import java.util.List;
import java.util.stream.Stream;
import org.apportion.imports.BillFormat;
import org.apportion.imports.BillFormatReader;
import org.apportion.imports.BillRowMapper;
import org.apportion.imports.RowProblem;

/** A CSV bill read through a saved column mapping. Never recognised from a header: the upload names the mapping. */
public final class MappedCsvFormat implements BillFormatReader {

    private final String mappingName;
    private final MappingDefinition mapping;

    public MappedCsvFormat(String mappingName, MappingDefinition mapping) {
        this.mappingName = mappingName;
        this.mapping = mapping;
    }

    @Override
    public BillFormat format() {
        return BillFormat.CSV_MAPPED;
    }

    @Override
    public boolean recognises(List<String> header) {
        return false;
    }

    @Override
    public HeaderCheck check(List<String> header) {
        Stream<RowProblem> missingSources = mapping.columns().values().stream().distinct()
                .filter(source -> !header.contains(source))
                .map(source -> new RowProblem(1, source, null,
                        "column named by mapping \"" + mappingName + "\" is not in the file"));
        Stream<RowProblem> unfed = MappingDefinition.REQUIRED.stream().filter(c -> !mapping.feeds(c, header))
                .map(c -> new RowProblem(1, c.header(), null, "mapping \"" + mappingName
                        + "\" gives no value for this required FOCUS column and the file has no column of that name"));
        return new HeaderCheck(null, Stream.concat(missingSources, unfed).toList());
    }

    @Override
    public BillRowMapper rowMapper(List<String> header) {
        return new MappedRowMapper(mapping, header)::toCostLine;
    }

}
