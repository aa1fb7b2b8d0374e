package org.apportion.imports;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The totals per billing currency and the restatement scopes of one chunk's cost lines, added to the batch's
 * running summary (tables import_progress_total and import_progress_scope) in the chunk's transaction.
 */
final class ChunkSummary {

    /** One provider's billing account in one billing period: what a restatement replaces. */
    record Scope(String provider, String account, LocalDateTime periodStart, LocalDateTime periodEnd) {
    }

    /** Sums of one billing currency's lines. */
    private record Sums(long rows, BigDecimal billed, BigDecimal effective, BigDecimal list, BigDecimal contracted) {
        Sums plus(Sums other) {
            return new Sums(rows + other.rows, billed.add(other.billed), effective.add(other.effective),
                    list.add(other.list), contracted.add(other.contracted));
        }
    }

    private final Map<String, Sums> totals = new TreeMap<>();
    private final Set<Scope> scopes = new HashSet<>();

    static ChunkSummary of(List<CostLine> lines) {
        ChunkSummary summary = new ChunkSummary();
        lines.forEach(summary::add);
        return summary;
    }

    private void add(CostLine line) {
        totals.merge(line.getBillingCurrency(), new Sums(1, line.getBilledCost(), line.getEffectiveCost(),
                orZero(line.getListCost()), orZero(line.getContractedCost())), Sums::plus);
        scopes.add(new Scope(line.getProviderName(), line.getBillingAccountId(), line.getBillingPeriodStart(),
                line.getBillingPeriodEnd()));
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }

    void addTo(EntityManager em, long batchId, int partition) {
        for (Map.Entry<String, Sums> entry : totals.entrySet()) {
            Sums total = entry.getValue();
            em.createNativeQuery("""
                    INSERT INTO import_progress_total (import_batch_id, partition_no, billing_currency, row_count,
                      billed_cost, effective_cost, list_cost, contracted_cost) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON DUPLICATE KEY UPDATE row_count = row_count + VALUES(row_count),
                      billed_cost = billed_cost + VALUES(billed_cost),
                      effective_cost = effective_cost + VALUES(effective_cost),
                      list_cost = list_cost + VALUES(list_cost),
                      contracted_cost = contracted_cost + VALUES(contracted_cost)""")
                    .setParameter(1, batchId).setParameter(2, partition).setParameter(3, entry.getKey())
                    .setParameter(4, total.rows()).setParameter(5, total.billed())
                    .setParameter(6, total.effective()).setParameter(7, total.list())
                    .setParameter(8, total.contracted())
                    .executeUpdate();
        }
        for (Scope scope : scopes) {
            em.createNativeQuery("""
                    INSERT IGNORE INTO import_progress_scope (import_batch_id, provider_name, billing_account_id,
                      billing_period_start, billing_period_end) VALUES (?, ?, ?, ?, ?)""")
                    .setParameter(1, batchId).setParameter(2, scope.provider()).setParameter(3, scope.account())
                    .setParameter(4, scope.periodStart()).setParameter(5, scope.periodEnd())
                    .executeUpdate();
        }
    }

    /** The batch's totals per billing currency, summed over its partitions. */
    static List<CurrencyTotal> totals(EntityManager em, long batchId) {
        List<?> rows = em.createNativeQuery("""
                SELECT billing_currency, SUM(row_count), SUM(billed_cost), SUM(effective_cost), SUM(list_cost),
                       SUM(contracted_cost)
                FROM import_progress_total WHERE import_batch_id = ? GROUP BY billing_currency""")
                .setParameter(1, batchId).getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(r -> new CurrencyTotal((String) r[0], ((Number) r[1]).longValue(), (BigDecimal) r[2],
                        (BigDecimal) r[3], (BigDecimal) r[4], (BigDecimal) r[5]))
                .toList();
    }

    /** The batch's restatement scopes. */
    static List<Scope> scopes(EntityManager em, long batchId) {
        List<?> rows = em.createNativeQuery("""
                SELECT provider_name, billing_account_id, billing_period_start, billing_period_end
                FROM import_progress_scope WHERE import_batch_id = ?""")
                .setParameter(1, batchId).getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(r -> new Scope((String) r[0], (String) r[1], dateTime(r[2]), dateTime(r[3])))
                .toList();
    }

    private static LocalDateTime dateTime(Object value) {
        return value instanceof java.sql.Timestamp timestamp ? timestamp.toLocalDateTime() : (LocalDateTime) value;
    }
}
