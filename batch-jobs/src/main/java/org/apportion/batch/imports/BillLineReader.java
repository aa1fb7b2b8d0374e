package org.apportion.batch.imports;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.apportion.imports.BillFormatReader;
import org.apportion.imports.BillFormats;
import org.apportion.imports.BillRecord;
import org.apportion.imports.BillFile;
import org.apportion.imports.BillFiles;
import org.apportion.imports.ImportContext;
import org.apportion.imports.ImportService;
import org.apportion.imports.MalformedBillFileException;
import org.apportion.pricing.ModelPriceService;

/**
 * Reads the rows of the staged bill file. Its checkpoint is the number of data rows handed out, so a
 * restart reopens the file and passes over what the committed chunks already hold.
 */
@Named
@Dependent
public class BillLineReader extends AbstractItemReader {

    @Inject
    private JobContext job;

    @Inject
    private StepContext step;

    @Inject
    private ImportService imports;

    @Inject
    private ModelPriceService modelPrices;

    private BillFile file;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        file = BillFiles.open(ImportJobProperties.file(job));
        // The header check accepted the file, so its format is known; the processor maps with it. A format that
        // prices usage reads its provider's price book here, once, not per row.
        BillFormatReader format = BillFormats.readerFor(imports.find(ImportJobProperties.batchId(job)).orElseThrow(),
                ImportJobProperties.format(job), file.header()).orElseThrow();
        List<String> columns = format.columns(file.header());
        file.readColumns(columns);
        step.setTransientUserData(format.rowMapper(columns, new ImportContext(modelPrices::priceBook)));
        if (checkpoint instanceof Long rowsDone) {
            file.skip(rowsDone);
        }
    }

    @Override
    public Object readItem() {
        try {
            return file.next().orElse(null);
        } catch (MalformedBillFileException e) {
            // Nothing of a file that cannot be read to its end is kept.
            imports.rejectFile(ImportJobProperties.batchId(job), List.of(e.asRowProblem()));
            throw e;
        }
    }

    @Override
    public Serializable checkpointInfo() {
        return file.dataRecordsRead();
    }

    @Override
    public void close() throws Exception {
        if (file != null) {
            file.close();
        }
    }

    /** The row type this reader hands to the processor. */
    static BillRecord row(Object item) {
        return (BillRecord) item;
    }
}
