package org.apportion.allocation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.time.LocalDate;
import org.apportion.currency.FxConverter;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a run's results: the summary per cost center that must reconcile to the source to the cent, and the
 * explanation of one cost center's amount (rules, methods, ratios and the source lines behind it).
 */
@Stateless
public class AllocationQueries {

    @PersistenceContext(unitName = "apportion")
    private EntityManager em;

    @Inject
    private AllocationRunService runs;

    /** One cost center's amount in a summary. */
    public record CenterAmount(String code, BigDecimal amount) {
    }

    /** A run's figures in one billing currency: source = allocated (incl. unallocated), residual zero. */
    public record Summary(AllocationRun run, CostView view, String currency, BigDecimal sourceTotal,
                          BigDecimal allocatedTotal, BigDecimal unallocated, List<CenterAmount> costCenters) {
        public BigDecimal residual() {
            return sourceTotal.subtract(allocatedTotal);
        }
    }

    /** One rule's contribution to a cost center: how many lines, what it placed, of what source, at what ratios. */
    public record Contribution(String ruleId, Integer ruleVersion, String ruleName, String method, String stage,
                               long lines, BigDecimal amount, BigDecimal sourceTotal, BigDecimal minRatio,
                               BigDecimal maxRatio) {
    }

    /** The billing currencies a run allocated. */
    public List<String> currencies(long runId) {
        return runs.allocatedTotals(runId).stream().map(AllocationRunService.RunTotal::currency).toList();
    }

    public Summary summary(AllocationRun run, CostView view, String currency) {
        Optional<AllocationRunService.RunTotal> source = runs.runTotals(run.getId()).stream()
                .filter(t -> t.currency().equals(currency)).findFirst();
        BigDecimal sourceTotal = source.map(t -> view == CostView.BilledCost ? t.billed() : t.effective())
                .orElse(BigDecimal.ZERO);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT cost_center_code, SUM(%s) FROM allocated_cost WHERE run_id = ? AND billing_currency = ?
                GROUP BY cost_center_code ORDER BY cost_center_code""".formatted(view.column()))
                .setParameter(1, run.getId()).setParameter(2, currency).getResultList();
        List<CenterAmount> centers = rows.stream().map(r -> new CenterAmount((String) r[0], (BigDecimal) r[1])).toList();
        BigDecimal allocated = centers.stream().map(CenterAmount::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal unallocated = centers.stream().filter(c -> c.code().equals(AllocatedPart.UNALLOCATED))
                .map(CenterAmount::amount).findFirst().orElse(BigDecimal.ZERO);
        return new Summary(run, view, currency, sourceTotal, allocated, unallocated, centers);
    }

    /**
     * A run's figures in another currency (the reporting currency): each cost center's amount per billing
     * currency and charge day times that day's rate, unrounded. The source total is the same sum over all cost
     * centers: a line's parts carry its charge day, and the run completed only once its parts equalled its
     * source lines per billing currency, so per currency and day the parts are the source as it stood then.
     */
    public Summary summaryConverted(AllocationRun run, CostView view, String currency, FxConverter rates) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT cost_center_code, billing_currency, charge_date, SUM(%s) FROM allocated_cost WHERE run_id = ?
                GROUP BY cost_center_code, billing_currency, charge_date""".formatted(view.column()))
                .setParameter(1, run.getId()).getResultList();
        Map<String, BigDecimal> byCenter = new TreeMap<>();
        for (Object[] r : rows) {
            LocalDate day = r[2] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[2];
            BigDecimal rate = rates.convert(BigDecimal.ONE, (String) r[1], currency, day).rate();
            byCenter.merge((String) r[0], ((BigDecimal) r[3]).multiply(rate), BigDecimal::add);
        }
        List<CenterAmount> centers = byCenter.entrySet().stream()
                .map(e -> new CenterAmount(e.getKey(), e.getValue())).toList();
        BigDecimal allocated = centers.stream().map(CenterAmount::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Summary(run, view, currency, allocated, allocated,
                byCenter.getOrDefault(AllocatedPart.UNALLOCATED, BigDecimal.ZERO), centers);
    }

    /** The rules behind a cost center's amount in a run and currency, largest amount first. */
    public List<Contribution> explain(AllocationRun run, String costCenter, CostView view, String currency) {
        Map<String, String> ruleNames = AllocationRunService.fromSnapshot(run.getRulesJson()).stream()
                .collect(Collectors.toMap(r -> r.id() + "#" + r.version(), AllocationRule::name, (a, b) -> a));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT a.rule_id, a.rule_version, a.method, a.stage, COUNT(*), SUM(a.%1$s), SUM(t.line_total),
                  MIN(a.ratio), MAX(a.ratio)
                FROM allocated_cost a JOIN (SELECT cost_line_id, SUM(%1$s) AS line_total FROM allocated_cost
                  WHERE run_id = ? GROUP BY cost_line_id) t ON t.cost_line_id = a.cost_line_id
                WHERE a.run_id = ? AND a.cost_center_code = ? AND a.billing_currency = ?
                GROUP BY a.rule_id, a.rule_version, a.method, a.stage ORDER BY SUM(a.%1$s) DESC"""
                .formatted(view.column()))
                .setParameter(1, run.getId()).setParameter(2, run.getId()).setParameter(3, costCenter)
                .setParameter(4, currency).getResultList();
        Function<Object, String> text = o -> o == null ? null : o.toString();
        return rows.stream().map(r -> new Contribution(text.apply(r[0]),
                r[1] == null ? null : ((Number) r[1]).intValue(),
                r[0] == null ? "Unallocated: no rule matched" : ruleNames.get(r[0] + "#" + r[1]), (String) r[2],
                (String) r[3], ((Number) r[4]).longValue(), (BigDecimal) r[5], (BigDecimal) r[6], (BigDecimal) r[7],
                (BigDecimal) r[8])).toList();
    }
}
