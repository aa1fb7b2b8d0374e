package org.apportion.imports;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.util.List;

/** Keeps refused rows with their raw values (table import_rejected_row), for correction and re-import. */
final class RejectedRows {

    void store(EntityManager em, long batchId, BillRecord row) {
        JsonArrayBuilder values = RowValues.JSON.createArrayBuilder();
        row.values().forEach(v -> values.add(v == null ? "" : v));
        em.createNativeQuery("INSERT INTO import_rejected_row (import_batch_id, line_number, raw_values) VALUES (?, ?, ?)")
                .setParameter(1, batchId)
                .setParameter(2, row.line())
                .setParameter(3, values.build().toString())
                .executeUpdate();
    }

    long count(EntityManager em, long batchId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM import_rejected_row WHERE import_batch_id = ?")
                .setParameter(1, batchId).getSingleResult()).longValue();
    }

    List<BillRecord> load(EntityManager em, long batchId) {
        List<?> rows = em.createNativeQuery("SELECT line_number, raw_values FROM import_rejected_row "
                        + "WHERE import_batch_id = ? ORDER BY line_number")
                .setParameter(1, batchId)
                .getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(r -> new BillRecord(((Number) r[0]).longValue(), values((String) r[1])))
                .toList();
    }

    private static List<String> values(String json) {
        try (JsonReader reader = RowValues.JSON.createReader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
    }
}
