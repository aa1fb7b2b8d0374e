package org.apportion.costs;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The installation settings of the aggregates: the tag keys costs are aggregated by. */
@Stateless
public class CostAggregateSettings {

    @PersistenceContext(unitName = "apportion")
    private EntityManager em;

    private final Clock clock = Clock.systemUTC();

    public AggregateTagKeys tagKeys() {
        List<?> values = em.createNativeQuery("SELECT value FROM installation_setting WHERE name = ?")
                .setParameter(1, AggregateTagKeys.SETTING).getResultList();
        return values.isEmpty() ? AggregateTagKeys.none() : AggregateTagKeys.fromJson((String) values.get(0));
    }

    /**
     * Replaces the tag keys. Aggregates built before keep the keys they were built with until their period is
     * refreshed (the next import of it does so, or {@code CostAggregates.refresh}).
     *
     * @throws org.apportion.base.InvalidFieldsException naming each bad key
     */
    public AggregateTagKeys changeTagKeys(List<String> keys) {
        AggregateTagKeys tagKeys = AggregateTagKeys.of(keys);
        em.createNativeQuery("""
                INSERT INTO installation_setting (name, value, updated_at) VALUES (?, ?, ?)
                ON DUPLICATE KEY UPDATE value = VALUES(value), updated_at = VALUES(updated_at)""")
                .setParameter(1, AggregateTagKeys.SETTING).setParameter(2, tagKeys.toJson())
                .setParameter(3, Timestamp.valueOf(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)))
                .executeUpdate();
        return tagKeys;
    }
}
