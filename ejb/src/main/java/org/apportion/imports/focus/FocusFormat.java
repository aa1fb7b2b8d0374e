package org.apportion.imports.focus;

import java.util.List;
import org.apportion.imports.BillFormat;
import org.apportion.imports.BillFormatReader;
import org.apportion.imports.BillRowMapper;

/** FOCUS 1.0 to 1.3, recognised by its mandatory columns. */
public final class FocusFormat implements BillFormatReader {

    @Override
    public BillFormat format() {
        return BillFormat.FOCUS;
    }

    @Override
    public boolean recognises(List<String> header) {
        return FocusHeader.of(header).looksLikeFocus();
    }

    @Override
    public HeaderCheck check(List<String> header) {
        FocusHeader focus = FocusHeader.of(header);
        return new HeaderCheck(focus.version(), focus.problems());
    }

    @Override
    public BillRowMapper rowMapper(List<String> header) {
        return new FocusRowMapper(FocusHeader.of(header))::toCostLine;
    }
}
