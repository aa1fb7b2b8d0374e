package org.apportion.allocation;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.apportion.base.LoadDataRows;
import org.apportion.migration.DatabaseMigration;
import org.apportion.telemetry.UsageMetricService;

/**
 * The lifecycle of an allocation run, shared by the allocate job and the REST API: register a run with the
 * rule set in force, read its period's cost lines, store the allocated parts in the chunks' transactions, and
 * complete it once every cent is placed (the previous run of the period is then superseded).
 */
@Stateless
public class AllocationRunService {

    private static final Logger LOG = Logger.getLogger(AllocationRunService.class.getName());
    private static final String LOAD_PARTS = """
            LOAD DATA LOCAL INFILE 'allocated-cost.tsv' INTO TABLE allocated_cost CHARACTER SET utf8mb4
            FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' (run_id, cost_line_id,
            cost_center_code, stage, method, rule_id, rule_version, ratio, billing_currency, billed_cost, effective_cost,
            charge_date, provider_name, billing_account_id, sub_account_id, service_name, category)""";

    @PersistenceContext(unitName = "apportion")
    private EntityManager em;

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    private DataSource dataSource;

    @Inject
    private AllocationRuleService rules;

    @Inject
    private UsageMetricService usageMetrics;

    @Inject
    private Event<AllocationRunCompleted> completions;

    private final Clock clock = Clock.systemUTC();

    /** Registers a run of a period with the rules in force now. */
    public AllocationRun register(YearMonth period) {
        Instant now = clock.instant();
        AllocationRun run = new AllocationRun(period, now, snapshot(rules.rulesAsOf(now)));
        em.persist(run);
        em.flush();
        return run;
    }

    public Optional<AllocationRun> find(long runId) {
        return Optional.ofNullable(em.find(AllocationRun.class, runId));
    }

    public List<AllocationRun> runsOf(YearMonth period) {
        return em.createQuery("SELECT r FROM AllocationRun r WHERE r.billingPeriodStart = :start ORDER BY r.id DESC",
                AllocationRun.class).setParameter("start", period.atDay(1)).getResultList();
    }

    /** The period's completed run, the one reports use. */
    public Optional<AllocationRun> publishedRun(YearMonth period) {
        return runsOf(period).stream().filter(r -> r.getStatus() == AllocationRunStatus.COMPLETED).findFirst();
    }

    public void jobStarted(long runId, long executionId) {
        run(runId).started(executionId);
    }

    /** The rules the run evaluates, as they were published when it was registered. */
    public List<AllocationRule> rulesOf(long runId) {
        return fromSnapshot(run(runId).getRulesJson());
    }

    /** The usage telemetry the run's usage-proportional rules split by (the period's month and the next). */
    public UsageTelemetry telemetryOf(long runId) {
        YearMonth period = run(runId).period();
        // Charge dates of a billing period can run past its month (late usage); a month either side covers them.
        LocalDate from = period.minusMonths(1).atDay(1);
        LocalDate to = period.plusMonths(1).atEndOfMonth();
        return UsageTelemetry.of(usageMetrics.between(null, from, to).stream()
                .map(m -> new UsageRecord(m.metric(), m.costCenterCode(), m.usageDate(), m.quantity())).toList());
    }

    /** What the run reads: its period's lines of the imports completed now. */
    public SourceScope sourceScope(long runId) {
        YearMonth period = run(runId).period();
        return withConnection(c -> AllocationSources.scope(c, period));
    }

    public List<AllocationSource> sourcesAfter(SourceScope scope, long afterId, int limit,
                                               Function<Map<String, String>, String> category) {
        return withConnection(c -> AllocationSources.ofPeriod(c, scope, afterId, limit, category));
    }

    public List<AllocationSource> sharedSourcesAfter(long runId, SourceScope scope, long afterId, int limit,
                                                     Function<Map<String, String>, String> category) {
        return withConnection(c -> AllocationSources.sharedOfRun(c, runId, scope, afterId, limit, category));
    }

    /**
     * Stores a chunk's parts, the lines it left to the shared stage and its totals, in the chunk's transaction.
     *
     * @param read every line the chunk read (each placed, or set aside for the shared stage)
     */
    public void store(long runId, AllocationStage stage, List<AllocationSource> read, List<AllocatedCost> parts,
                      List<Long> sharedPoolLines) {
        withConnection(c -> {
            insertParts(c, runId, parts);
            insertSharedLines(c, runId, sharedPoolLines);
            ChunkTotals.of(stage, read, parts).addTo(c, runId);
            return null;
        });
    }

    /** What the direct stage placed on each cost center, per month and currency, in one of the two costs. */
    public DirectTotals directTotals(long runId, boolean billed) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT charge_month, cost_center_code, billing_currency, %s FROM allocation_direct_total
                WHERE run_id = ?""".formatted(billed ? "billed_cost" : "effective_cost"))
                .setParameter(1, runId).getResultList();
        return DirectTotals.of(rows.stream().map(r -> new DirectTotal(YearMonth.parse((String) r[0]), (String) r[1],
                (String) r[2], (BigDecimal) r[3])).toList());
    }

    /**
     * Completes the run after checking that it placed every cost line of the period exactly once and every
     * cent of both costs; the previous completed run of the period is superseded. Observers of
     * {@link AllocationRunCompleted} work in the same transaction.
     */
    public AllocationRun complete(long runId) {
        // One completion at a time, imports' and runs' alike: each rebuilds aggregates in its transaction, and
        // two periods' rebuilds side by side deadlock on the aggregate tables' index gaps. It also keeps an
        // import that restates the period from completing between this check and the commit.
        em.createNativeQuery("SELECT id FROM import_completion_lock WHERE id = 1 FOR UPDATE").getSingleResult();
        AllocationRun run = run(runId);
        List<RunTotal> source = sourceTotals(run.period());
        List<RunTotal> allocated = allocatedTotals(runId);
        if (!sameTotals(source, allocated)) {
            throw new IllegalStateException("Allocation run " + runId + " does not reconcile: source " + source
                    + ", allocated " + allocated);
        }
        for (RunTotal total : source) {
            em.createNativeQuery("""
                    INSERT INTO allocation_run_total (run_id, billing_currency, source_lines, billed_cost, effective_cost)
                    VALUES (?, ?, ?, ?, ?)""").setParameter(1, runId).setParameter(2, total.currency())
                    .setParameter(3, total.lines()).setParameter(4, total.billed()).setParameter(5, total.effective())
                    .executeUpdate();
        }
        runsOf(run.period()).stream().filter(r -> r.getStatus() == AllocationRunStatus.COMPLETED)
                .forEach(r -> r.supersededBy(runId));
        run.completed(source.stream().mapToLong(RunTotal::lines).sum(), clock.instant());
        // Observers (the cost aggregates) work in this transaction and read the runs with SQL.
        em.flush();
        completions.fire(new AllocationRunCompleted(runId, run.period()));
        // The end of the run is after its aggregates too: what an operator waits for.
        run.finishedAt(clock.instant());
        LOG.info(() -> "Allocation run " + runId + " of " + run.period() + " completed: " + source);
        return run;
    }

    /** Records how a run that did not complete ended (FAILED or STOPPED). */
    public void jobEnded(long runId, AllocationRunStatus status, String reason) {
        AllocationRun run = run(runId);
        if (run.getStatus() != AllocationRunStatus.COMPLETED && run.getStatus() != AllocationRunStatus.SUPERSEDED) {
            run.ended(status, reason, clock.instant());
        }
    }

    /** Removes what a failed or stopped run stored, before it is run again from the start. */
    public void clearParts(long runId) {
        em.createNativeQuery("DELETE FROM allocated_cost WHERE run_id = ?").setParameter(1, runId).executeUpdate();
        for (String table : List.of("allocation_shared_line", "allocation_progress", "allocation_direct_total")) {
            em.createNativeQuery("DELETE FROM " + table + " WHERE run_id = ?").setParameter(1, runId).executeUpdate();
        }
    }

    /** A currency's totals: lines counted once each, BilledCost and EffectiveCost. */
    public record RunTotal(String currency, long lines, BigDecimal billed, BigDecimal effective) {
    }

    /** The period's lines of completed imports, per billing currency. */
    public List<RunTotal> sourceTotals(YearMonth period) {
        SourceScope scope = withConnection(c -> AllocationSources.scope(c, period));
        if (scope.completedBatches().isEmpty()) {
            return List.of();
        }
        return totals(em.createNativeQuery("""
                SELECT billing_currency, COUNT(*), SUM(billed_cost), SUM(effective_cost) FROM cost_line
                WHERE billing_period_start = ? AND import_batch_id IN (%s)
                GROUP BY billing_currency ORDER BY billing_currency""".formatted(scope.batchList()))
                .setParameter(1, Timestamp.valueOf(period.atDay(1).atStartOfDay())));
    }

    /** What the run's chunks wrote, per billing currency: the lines they read and the sums of their parts. */
    public List<RunTotal> allocatedTotals(long runId) {
        return totals(em.createNativeQuery("""
                SELECT billing_currency, source_lines, billed_cost, effective_cost FROM allocation_progress
                WHERE run_id = ? ORDER BY billing_currency""")
                .setParameter(1, runId));
    }

    /** What a completed run recorded of its source, per billing currency. */
    public List<RunTotal> runTotals(long runId) {
        return totals(em.createNativeQuery("""
                SELECT billing_currency, source_lines, billed_cost, effective_cost FROM allocation_run_total
                WHERE run_id = ? ORDER BY billing_currency""").setParameter(1, runId));
    }

    @SuppressWarnings("unchecked")
    private static List<RunTotal> totals(jakarta.persistence.Query query) {
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new RunTotal((String) r[0], ((Number) r[1]).longValue(), (BigDecimal) r[2],
                (BigDecimal) r[3])).toList();
    }

    private static boolean sameTotals(List<RunTotal> a, List<RunTotal> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            RunTotal x = a.get(i);
            RunTotal y = b.get(i);
            if (!x.currency().equals(y.currency()) || x.lines() != y.lines() || x.billed().compareTo(y.billed()) != 0
                    || x.effective().compareTo(y.effective()) != 0) {
                return false;
            }
        }
        return true;
    }

    private AllocationRun run(long runId) {
        return find(runId).orElseThrow(() -> new IllegalArgumentException("No allocation run " + runId));
    }

    private static void insertParts(Connection c, long runId, List<AllocatedCost> parts) throws SQLException {
        LoadDataRows rows = new LoadDataRows(parts.size(), 160);
        for (AllocatedCost part : parts) {
            AllocationSource source = part.source();
            rows.field(runId).field(source.costLineId()).field(part.costCenterCode()).field(part.stage().name())
                    .field(part.method() == null ? "UNALLOCATED" : part.method().name())
                    .field(part.ruleId() == null ? null : Long.valueOf(part.ruleId())).field(part.ruleVersion())
                    .field(part.ratio()).field(source.currency()).field(part.billedCost()).field(part.effectiveCost())
                    .field(source.chargeDate()).field(source.dimension(Dimensions.PROVIDER_NAME))
                    .field(source.dimension(Dimensions.BILLING_ACCOUNT_ID))
                    .field(source.dimension(Dimensions.SUB_ACCOUNT_ID)).field(source.dimension(Dimensions.SERVICE_NAME))
                    .field(source.dimension(Dimensions.CATEGORY)).endRow();
        }
        rows.load(c, LOAD_PARTS);
    }

    private static void insertSharedLines(Connection c, long runId, List<Long> lines) throws SQLException {
        LoadDataRows rows = new LoadDataRows(lines.size(), 24);
        lines.forEach(line -> rows.field(runId).field(line).endRow());
        rows.load(c, """
                LOAD DATA LOCAL INFILE 'shared-lines.tsv' INTO TABLE allocation_shared_line
                FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' (run_id, cost_line_id)""");
    }

    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T withConnection(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Allocation storage failed: " + e.getMessage(), e);
        }
    }

    static String snapshot(List<AllocationRule> rules) {
        JsonArrayBuilder array = AllocationRuleJson.JSON.createArrayBuilder();
        for (AllocationRule rule : rules) {
            array.add(AllocationRuleJson.JSON.createObjectBuilder(AllocationRuleJson.toJson(rule))
                    .add("id", rule.id()).add("version", rule.version()));
        }
        return array.build().toString();
    }

    static List<AllocationRule> fromSnapshot(String json) {
        List<AllocationRule> rules = new ArrayList<>();
        try (var reader = AllocationRuleJson.JSON.createReader(new StringReader(json))) {
            for (JsonValue value : reader.readArray()) {
                JsonObject rule = value.asJsonObject();
                rules.add(AllocationRuleJson.fromJson(rule, rule.getString("id"), rule.getInt("version")).rule());
            }
        }
        return rules;
    }
}
