package org.apportion.exports;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apportion.allocation.AllocationRun;
import org.apportion.allocation.AllocationRunService;
import org.apportion.allocation.AllocationRunStatus;
import org.apportion.costmodel.CostCenterService;
import org.apportion.migration.DatabaseMigration;

/**
 * The FOCUS 1.3 export of a billing period's allocated costs: one CSV row per allocated part of the period's
 * published allocation run (or of an earlier run, as it was), written a page of cost lines at a time.
 */
@Stateless
public class FocusExportService {

    static final int LINES_PER_PAGE = 1000;

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    private DataSource dataSource;

    @Inject
    private AllocationRunService runs;

    @Inject
    private CostCenterService costCenters;

    /**
     * The run to export: the period's published run, or the run {@code runId} of that period once it completed
     * (superseded since or not).
     */
    public Optional<AllocationRun> runOf(YearMonth period, Long runId) {
        if (runId == null) {
            return runs.publishedRun(period);
        }
        return runs.find(runId).filter(r -> r.period().equals(period))
                .filter(r -> r.getStatus() == AllocationRunStatus.COMPLETED
                        || r.getStatus() == AllocationRunStatus.SUPERSEDED);
    }

    /**
     * Writes the run's export as CSV (RFC 4180) and closes {@code out}. Outside a transaction: each page is read
     * on its own, so a large period neither sits in memory nor holds one long transaction open.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void write(AllocationRun run, Writer out) throws IOException {
        FocusRows rows = new FocusRows(contextOf(run));
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(ExportColumn.headers());
            long after = 0;
            for (List<LineParts> page = page(run, after); !page.isEmpty(); page = page(run, after)) {
                for (LineParts line : page) {
                    csv.printRecords(rows.of(line.origin(), line.shares()));
                }
                after = page.getLast().origin().costLineId();
                csv.flush();
            }
        }
    }

    private RunContext contextOf(AllocationRun run) {
        List<CostCenterRef> centers = costCenters.all().stream()
                .map(c -> new CostCenterRef(c.getCode(), c.getName(), c.getParentCode())).toList();
        return RunContext.of(run.getId(), runs.rulesOf(run.getId()), centers);
    }

    private List<LineParts> page(AllocationRun run, long afterLineId) {
        try (Connection connection = dataSource.getConnection()) {
            return FocusExportReader.page(connection, run.getId(), afterLineId, LINES_PER_PAGE);
        } catch (SQLException e) {
            throw new IllegalStateException("FOCUS export of allocation run " + run.getId() + " failed: "
                    + e.getMessage(), e);
        }
    }
}
