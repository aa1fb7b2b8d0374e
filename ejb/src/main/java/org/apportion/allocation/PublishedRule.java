package org.apportion.allocation;

import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One published version of an allocation rule. Versions are never changed: an edit publishes the next version
 * and marks this one replaced, so any earlier rule set can be read back as it stood.
 */
@Entity
@Table(name = "allocation_rule")
@NamedQuery(name = PublishedRule.CURRENT,
        query = "SELECT r FROM PublishedRule r WHERE r.replacedAt IS NULL ORDER BY r.stage, r.priority, r.ruleId")
@NamedQuery(name = PublishedRule.AS_OF, query = """
        SELECT r FROM PublishedRule r WHERE r.publishedAt <= :instant
          AND (r.replacedAt IS NULL OR r.replacedAt > :instant) ORDER BY r.stage, r.priority, r.ruleId""")
@NamedQuery(name = PublishedRule.VERSIONS,
        query = "SELECT r FROM PublishedRule r WHERE r.ruleId = :ruleId ORDER BY r.version")
public class PublishedRule {

    static final String CURRENT = "PublishedRule.current";
    static final String AS_OF = "PublishedRule.asOf";
    static final String VERSIONS = "PublishedRule.versions";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "rule_id", nullable = false)
    private long ruleId;

    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "stage", nullable = false, length = 16)
    private String stage;

    @Column(name = "priority", nullable = false)
    private int priority;

    @Column(name = "method", nullable = false, length = 32)
    private String method;

    @Column(name = "match_json", nullable = false)
    private String matchJson;

    @Column(name = "targets_json", nullable = false)
    private String targetsJson;

    @Column(name = "metric", length = 64)
    private String metric;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by")
    private String publishedBy;

    @Column(name = "replaced_at")
    private Instant replacedAt;

    protected PublishedRule() {
    }

    PublishedRule(long ruleId, int version, AllocationRule rule, Instant publishedAt, String publishedBy) {
        this.ruleId = ruleId;
        this.version = version;
        this.name = rule.name();
        this.stage = rule.stage().name();
        this.priority = rule.priority();
        this.method = rule.method().name();
        this.matchJson = AllocationRuleJson.matchJson(rule.match()).toString();
        this.targetsJson = AllocationRuleJson.targetsJson(rule.targets()).toString();
        this.metric = rule.metric();
        this.effectiveFrom = rule.effectiveFrom();
        this.effectiveTo = rule.effectiveTo();
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
    }

    /** The rule as the engine runs it: id is the rule's stable id, the version this one's. */
    public AllocationRule toRule() {
        JsonObjectBuilder json = AllocationRuleJson.JSON.createObjectBuilder()
                .add("name", name).add("stage", stage).add("priority", priority).add("method", method)
                .add("match", AllocationRuleJson.parse(matchJson))
                .add("targets", AllocationRuleJson.JSON.createReader(new StringReader(targetsJson)).readArray())
                .add("effectiveFrom", effectiveFrom.toString());
        if (metric != null) {
            json.add("metric", metric);
        }
        if (effectiveTo != null) {
            json.add("effectiveTo", effectiveTo.toString());
        }
        return AllocationRuleJson.fromJson(json.build(), Long.toString(ruleId), version).rule();
    }

    void replace(Instant at) {
        this.replacedAt = at;
    }

    public Long getId() { return id; }
    public long getRuleId() { return ruleId; }
    public int getVersion() { return version; }
    public Instant getPublishedAt() { return publishedAt; }
    public String getPublishedBy() { return publishedBy; }
    public Instant getReplacedAt() { return replacedAt; }
}
