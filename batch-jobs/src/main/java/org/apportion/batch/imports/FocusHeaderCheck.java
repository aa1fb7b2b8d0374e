package org.apportion.batch.imports;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.apportion.imports.BillFormat;
import org.apportion.imports.CsvBillFile;
import org.apportion.imports.ImportService;
import org.apportion.imports.MalformedBillFileException;
import org.apportion.imports.RowProblem;
import org.apportion.imports.focus.FocusHeader;

/** Step {@code check-header}: refuses a file that is empty or lacks mandatory FOCUS columns, records the format. */
@Named
@Dependent
public class FocusHeaderCheck extends AbstractBatchlet {

    static final String ACCEPTED = "ACCEPTED";
    static final String REJECTED = "REJECTED";

    @Inject
    private JobContext job;

    @Inject
    private ImportService imports;

    @Override
    public String process() throws Exception {
        long batchId = ImportJobProperties.batchId(job);
        try (CsvBillFile file = CsvBillFile.open(ImportJobProperties.file(job))) {
            return check(batchId, file);
        } catch (MalformedBillFileException e) {
            imports.rejectFile(batchId, List.of(e.asRowProblem()));
            return REJECTED;
        }
    }

    private String check(long batchId, CsvBillFile file) {
        if (file.header().isEmpty()) {
            imports.rejectFile(batchId, List.of(new RowProblem(1, null, null, "the file is empty")));
            return REJECTED;
        }
        FocusHeader header = FocusHeader.of(file.header());
        if (!header.problems().isEmpty()) {
            imports.rejectFile(batchId, header.problems());
            return REJECTED;
        }
        imports.formatDetected(batchId, BillFormat.FOCUS, header.version());
        return ACCEPTED;
    }
}
