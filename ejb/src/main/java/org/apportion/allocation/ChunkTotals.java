package org.apportion.allocation;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one chunk of an allocate step wrote, summed: per billing currency the lines it read (direct stage only:
 * each line of the period is read there once) and both costs of its parts, and per month, cost center and
 * currency what direct-stage rules placed. Added to the run's totals in the chunk's transaction, so a restart
 * counts nothing twice.
 */
final class ChunkTotals {

    private record DirectKey(YearMonth month, String costCenter, String currency) {
    }

    // Rows upserted in one order, so that chunks committing side by side cannot deadlock on them.
    private static final Comparator<DirectKey> IN_ORDER = Comparator.comparing(DirectKey::month)
            .thenComparing(DirectKey::costCenter).thenComparing(DirectKey::currency);

    private final Map<String, long[]> lines = new TreeMap<>();
    private final Map<String, BigDecimal[]> costs = new TreeMap<>();
    private final Map<DirectKey, BigDecimal[]> direct = new TreeMap<>(IN_ORDER);

    static ChunkTotals of(AllocationStage stage, List<AllocationSource> read, List<AllocatedCost> parts) {
        ChunkTotals totals = new ChunkTotals();
        if (stage == AllocationStage.DIRECT) {
            read.forEach(line -> totals.lines.computeIfAbsent(line.currency(), c -> new long[1])[0]++);
        }
        for (AllocatedCost part : parts) {
            String currency = part.source().currency();
            totals.lines.computeIfAbsent(currency, c -> new long[1]);
            add(totals.costs.computeIfAbsent(currency, c -> zeros()), part);
            if (part.stage() == AllocationStage.DIRECT && part.ruleId() != null) {
                add(totals.direct.computeIfAbsent(new DirectKey(YearMonth.from(part.source().chargeDate()),
                        part.costCenterCode(), currency), k -> zeros()), part);
            }
        }
        return totals;
    }

    void addTo(Connection connection, long runId) throws SQLException {
        try (PreparedStatement progress = connection.prepareStatement("""
                INSERT INTO allocation_progress (run_id, billing_currency, source_lines, billed_cost, effective_cost)
                VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE source_lines = source_lines + VALUES(source_lines),
                  billed_cost = billed_cost + VALUES(billed_cost), effective_cost = effective_cost + VALUES(effective_cost)""")) {
            for (Map.Entry<String, long[]> entry : lines.entrySet()) {
                BigDecimal[] sums = costs.getOrDefault(entry.getKey(), zeros());
                progress.setLong(1, runId);
                progress.setString(2, entry.getKey());
                progress.setLong(3, entry.getValue()[0]);
                progress.setBigDecimal(4, sums[0]);
                progress.setBigDecimal(5, sums[1]);
                progress.addBatch();
            }
            progress.executeBatch();
        }
        try (PreparedStatement totals = connection.prepareStatement("""
                INSERT INTO allocation_direct_total (run_id, charge_month, cost_center_code, billing_currency,
                  billed_cost, effective_cost) VALUES (?, ?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE billed_cost = billed_cost + VALUES(billed_cost),
                  effective_cost = effective_cost + VALUES(effective_cost)""")) {
            for (Map.Entry<DirectKey, BigDecimal[]> entry : direct.entrySet()) {
                totals.setLong(1, runId);
                totals.setString(2, entry.getKey().month().toString());
                totals.setString(3, entry.getKey().costCenter());
                totals.setString(4, entry.getKey().currency());
                totals.setBigDecimal(5, entry.getValue()[0]);
                totals.setBigDecimal(6, entry.getValue()[1]);
                totals.addBatch();
            }
            totals.executeBatch();
        }
    }

    private static void add(BigDecimal[] sums, AllocatedCost part) {
        sums[0] = sums[0].add(part.billedCost());
        sums[1] = sums[1].add(part.effectiveCost());
    }

    private static BigDecimal[] zeros() {
        return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO};
    }
}
