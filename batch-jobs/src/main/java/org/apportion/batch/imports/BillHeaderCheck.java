package org.apportion.batch.imports;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.apportion.imports.BillFormatReader;
import org.apportion.imports.BillFormats;
import org.apportion.imports.BillFile;
import org.apportion.imports.BillFiles;
import org.apportion.imports.ImportService;
import org.apportion.imports.MalformedBillFileException;
import org.apportion.imports.RowProblem;

/**
 * Step {@code check-header}: recognises the bill's format by its header, refuses a file that is empty,
 * unreadable, of no known format or missing a required column, and records the format on the batch.
 */
@Named
@Dependent
public class BillHeaderCheck extends AbstractBatchlet {

    static final String ACCEPTED = "ACCEPTED";
    static final String REJECTED = "REJECTED";

    @Inject
    private JobContext job;

    @Inject
    private ImportService imports;

    @Override
    public String process() throws Exception {
        long batchId = ImportJobProperties.batchId(job);
        try (BillFile file = BillFiles.open(ImportJobProperties.file(job))) {
            return check(batchId, file.header());
        } catch (MalformedBillFileException e) {
            imports.rejectFile(batchId, List.of(e.asRowProblem()));
            return REJECTED;
        }
    }

    private String check(long batchId, List<String> header) {
        if (header.isEmpty()) {
            return reject(batchId, List.of(new RowProblem(1, null, null, "the file is empty")));
        }
        Optional<BillFormatReader> format = BillFormats.readerFor(imports.find(ImportJobProperties.batchId(job)).orElseThrow(),
                ImportJobProperties.format(job), header);
        if (format.isEmpty()) {
            return reject(batchId, List.of(BillFormats.unknownFormat(header)));
        }
        BillFormatReader.HeaderCheck check = format.get().check(header);
        if (!check.problems().isEmpty()) {
            return reject(batchId, check.problems());
        }
        imports.formatDetected(batchId, format.get().format(), check.version());
        return ACCEPTED;
    }

    private String reject(long batchId, List<RowProblem> problems) {
        imports.rejectFile(batchId, problems);
        return REJECTED;
    }
}
