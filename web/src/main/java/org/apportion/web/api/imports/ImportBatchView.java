package org.apportion.web.api.imports;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apportion.base.Money;
import org.apportion.imports.BillingPeriod;
import org.apportion.imports.CurrencyTotal;
import org.apportion.imports.ImportBatch;
import org.apportion.imports.ImportRejection;

/**
 * An import batch as the API shows it: amounts are exact decimal strings keyed by billing currency,
 * instants ISO 8601 in UTC.
 */
public record ImportBatchView(
        long id,
        String fileName,
        long fileSize,
        String sha256,
        String format,
        String formatVersion,
        String columnMapping,
        String status,
        String rejectionPolicy,
        long rowsRead,
        long rowsImported,
        long rowsRejected,
        long rowsSuperseded,
        Map<String, TotalView> totals,
        List<PeriodView> billingPeriods,
        Long duplicateOf,
        Long supersededBy,
        Long jobExecutionId,
        String message,
        String submittedBy,
        String submittedAt,
        String startedAt,
        String finishedAt,
        List<RejectionView> rejections) {

    public record TotalView(long rows, String billedCost, String effectiveCost, String listCost,
                            String contractedCost) {

        static TotalView of(CurrencyTotal total) {
            return new TotalView(total.getRowCount(), Money.exactString(total.getBilledCost()),
                    Money.exactString(total.getEffectiveCost()), Money.exactString(total.getListCost()),
                    Money.exactString(total.getContractedCost()));
        }
    }

    /** A billing period as {@code YYYY-MM} with its exact bounds (end exclusive). */
    public record PeriodView(String billingPeriod, String start, String end) {

        static PeriodView of(BillingPeriod period) {
            return new PeriodView(period.month().toString(), period.getStart().toLocalDate().toString(),
                    period.getEnd().toLocalDate().toString());
        }
    }

    public record RejectionView(long line, String column, String value, String reason) {

        static RejectionView of(ImportRejection rejection) {
            return new RejectionView(rejection.getLineNumber(), rejection.getColumnName(), rejection.getValue(),
                    rejection.getReason());
        }
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    static ImportBatchView of(ImportBatch batch, List<ImportRejection> rejections) {
        Map<String, TotalView> totals = new TreeMap<>();
        batch.getTotals().forEach(t -> totals.put(t.getBillingCurrency(), TotalView.of(t)));
        return new ImportBatchView(batch.getId(), batch.getFileName(), batch.getFileSize(), batch.getSha256(),
                batch.getFormat() == null ? null : batch.getFormat().name(), batch.getFormatVersion(),
                batch.getColumnMapping(), batch.getStatus().name(), batch.getRejectionPolicy().name(), batch.getRowsRead(),
                batch.getRowsImported(), batch.getRowsRejected(), batch.getRowsSuperseded(), totals,
                batch.getBillingPeriods().stream().map(PeriodView::of).toList(),
                batch.getDuplicateOfBatchId(), batch.getSupersededByBatchId(), batch.getJobExecutionId(), batch.getFailureReason(),
                batch.getSubmittedBy(), iso(batch.getSubmittedAt()), iso(batch.getStartedAt()), iso(batch.getFinishedAt()),
                rejections.stream().map(RejectionView::of).toList());
    }
}
