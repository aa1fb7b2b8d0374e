package org.apportion.imports;

import java.util.List;
import java.util.Optional;
import org.apportion.imports.anthropic.AnthropicFormat;
import org.apportion.imports.aws.AwsCurFormat;
import org.apportion.imports.azure.AzureCostDetailsFormat;
import org.apportion.imports.focus.FocusFormat;
import org.apportion.imports.mapped.MappedCsvFormat;
import org.apportion.imports.mapped.MappingDefinition;
import org.apportion.imports.oci.OciCostReportFormat;
import org.apportion.imports.openai.OpenAiFormat;
import org.apportion.imports.gcp.GcpBillingExportFormat;

/** The formats Apportion reads, and which of them a header belongs to. */
public final class BillFormats {

    private static final List<BillFormatReader> READERS = List.of(new FocusFormat(), new AwsCurFormat(),
            new AzureCostDetailsFormat(), AwsCurFormat.cur2(), new OciCostReportFormat(), new GcpBillingExportFormat(),
            new OpenAiFormat(), new AnthropicFormat());

    private BillFormats() {
    }

    public static Optional<BillFormatReader> detect(List<String> header) {
        return READERS.stream().filter(r -> r.recognises(header)).findFirst();
    }

    /** The reader of a format named by the user, or the one the header points to when none is named. */
    public static Optional<BillFormatReader> readerFor(BillFormat named, List<String> header) {
        return named == null ? detect(header) : READERS.stream().filter(r -> r.format() == named).findFirst();
    }

    /** The reader of a batch: through its column mapping when it has one, else as {@link #readerFor}. */
    public static Optional<BillFormatReader> readerFor(ImportBatch batch, BillFormat named, List<String> header) {
        if (batch.getColumnMapping() != null) {
            return Optional.of(new MappedCsvFormat(batch.getColumnMapping(),
                    MappingDefinition.fromJson(batch.getColumnMappingDefinition())));
        }
        return readerFor(named, header);
    }

    /** The problem recorded for a header no format recognises. */
    public static RowProblem unknownFormat(List<String> header) {
        String firstColumns = String.join(", ", header.subList(0, Math.min(5, header.size())));
        return new RowProblem(1, null, null, "not a bill format Apportion reads (FOCUS 1.0-1.3, AWS CUR and "
                + "CUR 2.0, Azure cost details, Google Cloud billing export, OCI cost report, OpenAI or Anthropic "
                + "usage and cost JSON; any other CSV through a column mapping): the header starts with " + firstColumns);
    }
}
