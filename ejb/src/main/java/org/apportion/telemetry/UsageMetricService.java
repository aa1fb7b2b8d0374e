package org.apportion.telemetry;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/** Stores usage telemetry (a later file's figure for the same day, metric and cost center replaces it) and reads it back. */
@Stateless
public class UsageMetricService {

    @PersistenceContext(unitName = "apportion")
    private EntityManager em;

    public int store(List<UsageMetric> metrics, String source) {
        for (UsageMetric m : metrics) {
            em.createNativeQuery("""
                    INSERT INTO usage_metric (usage_date, metric, cost_center_code, quantity, source) VALUES (?, ?, ?, ?, ?)
                    ON DUPLICATE KEY UPDATE quantity = VALUES(quantity), source = VALUES(source)""")
                    .setParameter(1, Date.valueOf(m.usageDate())).setParameter(2, m.metric())
                    .setParameter(3, m.costCenterCode()).setParameter(4, m.quantity()).setParameter(5, source)
                    .executeUpdate();
        }
        return metrics.size();
    }

    /** A metric's figures from {@code from} to {@code to}, both included, by day then cost center. */
    @SuppressWarnings("unchecked")
    public List<UsageMetric> between(String metric, LocalDate from, LocalDate to) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT usage_date, metric, cost_center_code, quantity FROM usage_metric
                WHERE (? IS NULL OR metric = ?) AND usage_date BETWEEN ? AND ?
                ORDER BY usage_date, metric, cost_center_code""")
                .setParameter(1, metric).setParameter(2, metric)
                .setParameter(3, Date.valueOf(from)).setParameter(4, Date.valueOf(to))
                .getResultList();
        return rows.stream().map(r -> new UsageMetric(((Date) r[0]).toLocalDate(), (String) r[1], (String) r[2],
                (BigDecimal) r[3])).toList();
    }
}
