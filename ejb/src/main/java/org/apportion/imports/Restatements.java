package org.apportion.imports;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Providers reissue bills during and after a month. A completed import's rows replace the rows that earlier
 * completed batches hold for the same provider, billing account and billing period; those batches stay in history and
 * count what was superseded (all of it: status SUPERSEDED).
 */
final class Restatements {

    private static final Logger LOG = Logger.getLogger(Restatements.class.getName());

    /**
     * Serialises completions, so that each sees every completion committed before it. The datasource reads
     * committed data statement by statement; taking the lock first keeps this right under repeatable read too.
     */
    void lockCompletions(EntityManager em) {
        em.createNativeQuery("SELECT id FROM import_completion_lock WHERE id = 1 FOR UPDATE").getSingleResult();
    }

    void supersedeEarlierRows(EntityManager em, ImportBatch batch, Instant now) {
        Map<Long, Long> supersededPerBatch = new HashMap<>();
        for (ChunkSummary.Scope scope : ChunkSummary.scopes(em, batch.getId())) {
            countEarlierRows(em, batch.getId(), scope)
                    .forEach(r -> supersededPerBatch.merge((Long) r[0], (Long) r[1], Long::sum));
            deleteEarlierRows(em, batch.getId(), scope);
        }
        supersededPerBatch.forEach((earlier, rows) -> {
            em.find(ImportBatch.class, earlier).supersede(rows, batch.getId(), now);
            LOG.info(() -> "Batch " + batch.getId() + " restates " + rows + " row(s) of batch " + earlier);
        });
    }


    private static List<Object[]> countEarlierRows(EntityManager em, long batchId, ChunkSummary.Scope scope) {
        return em.createQuery("""
                SELECT c.importBatchId, COUNT(c) FROM CostLine c
                WHERE c.providerName = :provider AND c.billingAccountId = :account AND c.billingPeriodStart = :period
                  AND c.importBatchId <> :id
                  AND c.importBatchId IN (SELECT b.id FROM ImportBatch b WHERE b.status = :completed)
                GROUP BY c.importBatchId""", Object[].class)
                .setParameter("provider", scope.provider())
                .setParameter("account", scope.account())
                .setParameter("period", scope.periodStart())
                .setParameter("id", batchId)
                .setParameter("completed", ImportStatus.COMPLETED)
                .getResultList();
    }

    private static void deleteEarlierRows(EntityManager em, long batchId, ChunkSummary.Scope scope) {
        em.createQuery("""
                DELETE FROM CostLine c
                WHERE c.providerName = :provider AND c.billingAccountId = :account AND c.billingPeriodStart = :period
                  AND c.importBatchId <> :id
                  AND c.importBatchId IN (SELECT b.id FROM ImportBatch b WHERE b.status = :completed)""")
                .setParameter("provider", scope.provider())
                .setParameter("account", scope.account())
                .setParameter("period", scope.periodStart())
                .setParameter("id", batchId)
                .setParameter("completed", ImportStatus.COMPLETED)
                .executeUpdate();
    }

}
