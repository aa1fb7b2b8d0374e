package org.apportion.imports;

import java.util.List;

/** What Apportion knows about one bill format: how to recognise its header and map its rows to cost lines. */
public interface BillFormatReader {

    BillFormat format();

    /** True when the header has the columns that mark this format. */
    boolean recognises(List<String> header);

    /** The format version the header points to, and the problems (line 1) that refuse the file. */
    HeaderCheck check(List<String> header);

    /**
     * The columns the rows are read as. A CSV file's header row is its columns; a JSON file's records name
     * their fields one by one, so a JSON format names the columns it reads.
     */
    default List<String> columns(List<String> header) {
        return header;
    }

    /** Maps the rows of a file with these {@link #columns}; call only after {@link #check} found no problems. */
    BillRowMapper rowMapper(List<String> header);

    /**
     * Maps the rows as {@link #rowMapper(List)} does; a format that prices usage takes what it needs (a price
     * book) from the context here, once, so that mapping a row never reads the database.
     */
    default BillRowMapper rowMapper(List<String> columns, ImportContext context) {
        return rowMapper(columns);
    }

    /** The outcome of checking a header. */
    record HeaderCheck(String version, List<RowProblem> problems) {
    }
}
