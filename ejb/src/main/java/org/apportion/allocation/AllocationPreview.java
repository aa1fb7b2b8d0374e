package org.apportion.allocation;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.apportion.base.FieldProblem;
import org.apportion.base.InvalidFieldsException;
import org.apportion.base.StateConflictException;
import org.apportion.costmodel.CategoryRuleService;
import org.apportion.migration.DatabaseMigration;

/**
 * Evaluates a draft rule set over a period that has a published allocation, in memory: nothing is stored,
 * the published result stays as it is. Answers, per cost center and billing currency, the published amount,
 * the draft's and the difference.
 */
@Stateless
public class AllocationPreview {

    private static final int PAGE = 5000;

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    private DataSource dataSource;

    @Inject
    private AllocationRunService runs;

    @Inject
    private AllocationRuleService rules;

    @Inject
    private CategoryRuleService categoryRules;

    @PersistenceContext(unitName = "apportion")
    private EntityManager em;

    /** One cost center's amount in one billing currency, published and under the draft rules. */
    public record CenterDelta(String code, String currency, BigDecimal published, BigDecimal preview) {
        public BigDecimal delta() {
            return preview.subtract(published);
        }
    }

    public record Preview(YearMonth period, CostView view, AllocationRun publishedRun, List<CenterDelta> costCenters) {
    }

    public Preview preview(YearMonth period, List<AllocationRule> draft, CostView view) {
        List<RuleProblem> problems = rules.check(draft);
        InvalidFieldsException.throwIfAny("The draft rule set has " + problems.size() + " problem(s).",
                fieldsOfDraft(problems, draft));
        AllocationRun published = runs.publishedRun(period).orElseThrow(() -> new StateConflictException(
                "The period " + period + " has no completed allocation to compare with: run the allocation first."));
        AllocationEngine engine = AllocationEngine.compile(draft, runs.telemetryOf(published.getId()));
        Map<String, BigDecimal> preview = evaluate(engine, period, view);
        return new Preview(period, view, published, deltas(publishedAmounts(published.getId(), view), preview));
    }

    private Map<String, BigDecimal> evaluate(AllocationEngine engine, YearMonth period, CostView view) {
        Function<Map<String, String>, String> category = CategoryDimension.of(categoryRules.resolver());
        StagedAllocation direct = StagedAllocation.direct(engine.directPass(), engine.directPass());
        Map<String, BigDecimal> amounts = new HashMap<>();
        Set<Long> sharedPool = new HashSet<>();
        forEachSource(period, category, source -> {
            StagedAllocation.Result result = direct.allocate(source);
            if (result.sharedPool()) {
                sharedPool.add(source.costLineId());
            }
            add(amounts, result.parts(), view);
        });
        if (!sharedPool.isEmpty()) {
            StagedAllocation shared = StagedAllocation.shared(engine.sharedPass(direct.directTotals(CostView.BilledCost)),
                    engine.sharedPass(direct.directTotals(CostView.EffectiveCost)));
            forEachSource(period, category, source -> {
                if (sharedPool.contains(source.costLineId())) {
                    add(amounts, shared.allocate(source).parts(), view);
                }
            });
        }
        return amounts;
    }

    private void forEachSource(YearMonth period, Function<Map<String, String>, String> category,
                               Consumer<AllocationSource> action) {
        try (Connection connection = dataSource.getConnection()) {
            SourceScope scope = AllocationSources.scope(connection, period);
            long after = 0;
            List<AllocationSource> page;
            do {
                page = AllocationSources.ofPeriod(connection, scope, after, PAGE, category);
                page.forEach(action);
                after = page.isEmpty() ? after : page.getLast().costLineId();
            } while (page.size() == PAGE);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the period's cost lines failed: " + e.getMessage(), e);
        }
    }

    private static void add(Map<String, BigDecimal> amounts, List<AllocatedCost> parts, CostView view) {
        for (AllocatedCost part : parts) {
            BigDecimal amount = view == CostView.BilledCost ? part.billedCost() : part.effectiveCost();
            amounts.merge(key(part.costCenterCode(), part.source().currency()), amount, BigDecimal::add);
        }
    }

    private Map<String, BigDecimal> publishedAmounts(long runId, CostView view) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT cost_center_code, billing_currency, SUM(%s) FROM allocated_cost WHERE run_id = ?
                GROUP BY cost_center_code, billing_currency""".formatted(view.column()))
                .setParameter(1, runId).getResultList();
        Map<String, BigDecimal> amounts = new HashMap<>();
        rows.forEach(r -> amounts.put(key((String) r[0], (String) r[1]), (BigDecimal) r[2]));
        return amounts;
    }

    private static List<CenterDelta> deltas(Map<String, BigDecimal> published, Map<String, BigDecimal> preview) {
        Map<String, CenterDelta> byKey = new TreeMap<>();
        Set<String> keys = new HashSet<>(published.keySet());
        keys.addAll(preview.keySet());
        for (String key : keys) {
            String[] codeAndCurrency = key.split("\\|");
            byKey.put(key, new CenterDelta(codeAndCurrency[0], codeAndCurrency[1],
                    published.getOrDefault(key, BigDecimal.ZERO), preview.getOrDefault(key, BigDecimal.ZERO)));
        }
        return new ArrayList<>(byKey.values());
    }

    private static String key(String costCenter, String currency) {
        return costCenter + "|" + currency;
    }

    /** Problems of the draft's rules, named {@code rules[i].field} by the rule's place in the draft. */
    private static List<FieldProblem> fieldsOfDraft(List<RuleProblem> problems, List<AllocationRule> draft) {
        List<String> ids = draft.stream().map(AllocationRule::id).toList();
        return problems.stream().map(p -> FieldProblem.of("rules[" + ids.indexOf(p.ruleId()) + "]." + p.field(),
                p.message())).toList();
    }
}
