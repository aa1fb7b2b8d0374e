package org.apportion.imports;

import java.util.List;
import java.util.Optional;
import org.apportion.imports.aws.AwsCurFormat;
import org.apportion.imports.azure.AzureCostDetailsFormat;
import org.apportion.imports.focus.FocusFormat;
import org.apportion.imports.gcp.GcpBillingExportFormat;

/** The formats Apportion reads, and which of them a header belongs to. */
public final class BillFormats {

    private static final List<BillFormatReader> READERS = List.of(new FocusFormat(), new AwsCurFormat(),
            new AzureCostDetailsFormat(), new GcpBillingExportFormat());

    private BillFormats() {
    }

    public static Optional<BillFormatReader> detect(List<String> header) {
        return READERS.stream().filter(r -> r.recognises(header)).findFirst();
    }

    /** The reader of a format named by the user, or the one the header points to when none is named. */
    public static Optional<BillFormatReader> readerFor(BillFormat named, List<String> header) {
        return named == null ? detect(header) : READERS.stream().filter(r -> r.format() == named).findFirst();
    }

    /** The problem recorded for a header no format recognises. */
    public static RowProblem unknownFormat(List<String> header) {
        String firstColumns = String.join(", ", header.subList(0, Math.min(5, header.size())));
        return new RowProblem(1, null, null, "not a bill format Apportion reads (FOCUS 1.0-1.3, AWS Cost and "
                + "Usage Report, Azure cost details): the header starts with " + firstColumns);
    }
}
