package org.apportion.imports;

import jakarta.persistence.EntityManager;
import java.util.List;

/** The counts of an import's partitions (table import_progress), and their sums. */
final class ImportProgress {

    /** Adds to one partition's counts, in the caller's (the chunk's) transaction. */
    void add(EntityManager em, long batchId, int partition, long read, long imported, long rejected) {
        em.createNativeQuery("""
                INSERT INTO import_progress (import_batch_id, partition_no, rows_read, rows_imported, rows_rejected)
                VALUES (?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE rows_read = rows_read + VALUES(rows_read),
                  rows_imported = rows_imported + VALUES(rows_imported),
                  rows_rejected = rows_rejected + VALUES(rows_rejected)""")
                .setParameter(1, batchId).setParameter(2, partition)
                .setParameter(3, read).setParameter(4, imported).setParameter(5, rejected)
                .executeUpdate();
    }

    /** Read, imported and rejected rows over all partitions so far. */
    long[] sums(EntityManager em, long batchId) {
        List<?> rows = em.createNativeQuery("""
                SELECT COALESCE(SUM(rows_read), 0), COALESCE(SUM(rows_imported), 0), COALESCE(SUM(rows_rejected), 0)
                FROM import_progress WHERE import_batch_id = ?""")
                .setParameter(1, batchId).getResultList();
        Object[] sums = (Object[]) rows.get(0);
        return new long[] {number(sums[0]), number(sums[1]), number(sums[2])};
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
