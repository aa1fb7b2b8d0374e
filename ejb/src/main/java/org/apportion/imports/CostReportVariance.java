package org.apportion.imports;

import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import org.apportion.imports.llm.LlmCostLines;
import org.apportion.imports.llm.LlmReportFormat;
import org.apportion.imports.llm.TokenReconciliation;
import org.apportion.imports.llm.TokenReconciliation.CostLineKey;
import org.apportion.imports.llm.TokenReconciliation.Reconciled;
import org.apportion.pricing.ModelPriceBook;

/**
 * When an LLM provider's cost report completes, before it restates the usage import of the same account and
 * month: each of its token lines keeps the provider's cost and gets the tokens it bills (ConsumedQuantity),
 * their registry price ({@code x_registry_cost}) and the variance ({@code x_price_variance}), counted from
 * the usage lines about to be replaced. A line no usage counts keeps both null.
 */
final class CostReportVariance {

    private static final Logger LOG = Logger.getLogger(CostReportVariance.class.getName());

    void recordBeforeRestating(EntityManager em, ImportBatch batch, Function<String, ModelPriceBook> priceBooks) {
        Optional<LlmReportFormat> format = costReportFormat(batch);
        if (format.isEmpty()) {
            return;
        }
        ModelPriceBook book = priceBooks.apply(format.get().registryProvider());
        int reconciled = 0;
        for (ChunkSummary.Scope scope : ChunkSummary.scopes(em, batch.getId())) {
            TokenReconciliation reconciliation = new TokenReconciliation(format.get().costReportTokens(), book);
            usageLines(em, batch.getId(), scope).forEach(u -> reconciliation.addUsage(day(u[0]), (String) u[1],
                    (String) u[2], (String) u[3], json(u[4])));
            reconciled += recordVariances(em, batch.getId(), scope, reconciliation);
        }
        int lines = reconciled;
        LOG.info(() -> "Cost report batch " + batch.getId() + ": " + lines + " line(s) set against usage");
    }

    private static Optional<LlmReportFormat> costReportFormat(ImportBatch batch) {
        return BillFormats.readerFor(batch.getFormat(), List.of())
                .filter(LlmReportFormat.class::isInstance).map(LlmReportFormat.class::cast)
                .filter(f -> f.isCostReport(batch.getFormatVersion()));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> usageLines(EntityManager em, long batchId, ChunkSummary.Scope scope) {
        return em.createNativeQuery("""
                SELECT c.charge_period_start, c.billing_account_id, c.sub_account_id, c.sku_id, c.provider_extras
                FROM cost_line c JOIN import_batch b ON b.id = c.import_batch_id
                WHERE c.provider_name = ? AND c.billing_account_id = ? AND c.billing_period_start = ?
                  AND c.import_batch_id <> ? AND b.status = 'COMPLETED' AND c.consumed_unit = ?
                  AND c.x_registry_cost IS NOT NULL AND c.x_price_variance IS NULL""")
                .setParameter(1, scope.provider()).setParameter(2, scope.account())
                .setParameter(3, scope.periodStart()).setParameter(4, batchId)
                .setParameter(5, LlmCostLines.TOKENS)
                .getResultList();
    }

    @SuppressWarnings("unchecked")
    private static int recordVariances(EntityManager em, long batchId, ChunkSummary.Scope scope,
                                       TokenReconciliation reconciliation) {
        List<Object[]> costLines = em.createNativeQuery("""
                SELECT id, charge_period_start, billing_account_id, sub_account_id, sku_id, charge_description,
                  provider_extras, billed_cost, billing_currency
                FROM cost_line WHERE import_batch_id = ? AND billing_account_id = ? AND billing_period_start = ?
                  AND sku_id IS NOT NULL""")
                .setParameter(1, batchId).setParameter(2, scope.account()).setParameter(3, scope.periodStart())
                .getResultList();
        int reconciled = 0;
        for (Object[] c : costLines) {
            CostLineKey key = new CostLineKey(day(c[1]), (String) c[2], (String) c[3], (String) c[4], (String) c[5],
                    json(c[6]));
            Optional<Reconciled> result = reconciliation.reconcile(key, (BigDecimal) c[7], (String) c[8]);
            if (result.isPresent()) {
                record(em, ((Number) c[0]).longValue(), result.get());
                reconciled++;
            }
        }
        return reconciled;
    }

    private static void record(EntityManager em, long costLineId, Reconciled result) {
        em.createNativeQuery("""
                UPDATE cost_line SET consumed_quantity = ?, consumed_unit = ?, x_registry_cost = ?, x_price_variance = ?
                WHERE id = ?""")
                .setParameter(1, result.tokens()).setParameter(2, LlmCostLines.TOKENS)
                .setParameter(3, result.registryCost()).setParameter(4, result.variance())
                .setParameter(5, costLineId)
                .executeUpdate();
    }

    private static java.time.LocalDate day(Object timestamp) {
        return timestamp instanceof Timestamp t ? t.toLocalDateTime().toLocalDate()
                : ((java.time.LocalDateTime) timestamp).toLocalDate();
    }

    private static JsonObject json(Object text) {
        if (text == null) {
            return jakarta.json.JsonValue.EMPTY_JSON_OBJECT;
        }
        try (var reader = RowValues.JSON.createReader(new StringReader(text.toString()))) {
            return reader.readObject();
        }
    }
}
