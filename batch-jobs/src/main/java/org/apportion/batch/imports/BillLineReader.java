package org.apportion.batch.imports;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.apportion.imports.BillFile;
import org.apportion.imports.BillFiles;
import org.apportion.imports.BillFormatReader;
import org.apportion.imports.BillFormats;
import org.apportion.imports.BillRecord;
import org.apportion.imports.ImportContext;
import org.apportion.imports.ImportService;
import org.apportion.imports.MalformedBillFileException;
import org.apportion.pricing.ModelPriceService;

/**
 * Reads the rows of the staged bill file that belong to its partition. The file is cut into blocks of
 * {@code blockRows} rows dealt to the partitions in turn (block b to partition b mod partitions), so each
 * partition maps and stores its blocks while the other's wait on the database. Every partition reads the
 * whole file: parsing is cheap next to mapping and storing. The checkpoint is the number of the file's data
 * rows passed, so a restart reopens the file and passes over what the committed chunks already cover.
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
    private ModelPriceService prices;

    @Inject
    @BatchProperty
    private String partition;

    @Inject
    @BatchProperty
    private String partitions;

    @Inject
    @BatchProperty
    private String blockRows;

    private BillFile file;
    private int partitionNo;
    private int partitionCount;
    private long rowsPerBlock;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        partitionNo = partition == null ? 0 : Integer.parseInt(partition);
        partitionCount = partitions == null ? 1 : Integer.parseInt(partitions);
        rowsPerBlock = blockRows == null ? 5000 : Long.parseLong(blockRows);
        file = BillFiles.open(ImportJobProperties.file(job));
        // The header check accepted the file, so its format is known; the processor maps with it. A format that
        // prices usage reads its provider's price book here, once, not per row.
        BillFormatReader format = BillFormats.readerFor(imports.find(ImportJobProperties.batchId(job)).orElseThrow(),
                ImportJobProperties.format(job), file.header()).orElseThrow();
        List<String> columns = format.columns(file.header());
        file.readColumns(columns);
        step.setTransientUserData(new PartitionWork(format.rowMapper(columns, new ImportContext(prices::priceBook)), partitionNo));
        if (checkpoint instanceof Long rowsDone) {
            file.skip(rowsDone);
        }
    }

    @Override
    public Object readItem() {
        try {
            for (Optional<BillRecord> row = file.next(); row.isPresent(); row = file.next()) {
                long index = file.dataRecordsRead() - 1;
                if ((index / rowsPerBlock) % partitionCount == partitionNo) {
                    return row.get();
                }
            }
            return null;
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

    /** What this partition's reader set up for the processor, writer and listeners. */
    static PartitionWork work(StepContext step) {
        return (PartitionWork) step.getTransientUserData();
    }
}
