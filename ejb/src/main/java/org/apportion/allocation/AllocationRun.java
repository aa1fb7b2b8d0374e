package org.apportion.allocation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One run of the allocate job over a billing period, with the rule set it evaluated (as published at
 * {@code rulesAsOf}, kept as JSON so that the run can be explained after the rules change). Re-running the
 * period supersedes a completed run; its parts stay, for reports as they were.
 */
@Entity
@Table(name = "allocation_run")
public class AllocationRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "billing_period_start", nullable = false)
    private LocalDate billingPeriodStart;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private AllocationRunStatus status;

    @Column(name = "job_execution_id")
    private Long jobExecutionId;

    @Column(name = "rules_as_of", nullable = false)
    private Instant rulesAsOf;

    @Column(name = "rules_json", nullable = false)
    private String rulesJson;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "superseded_by_run_id")
    private Long supersededByRunId;

    @Column(name = "source_lines")
    private Long sourceLines;

    @Column(name = "failure", length = 2048)
    private String failure;

    protected AllocationRun() {
    }

    AllocationRun(YearMonth period, Instant rulesAsOf, String rulesJson) {
        this.billingPeriodStart = period.atDay(1);
        this.status = AllocationRunStatus.STARTING;
        this.rulesAsOf = rulesAsOf;
        this.rulesJson = rulesJson;
        this.startedAt = rulesAsOf;
    }

    void started(long executionId) {
        this.jobExecutionId = executionId;
        this.status = AllocationRunStatus.STARTED;
    }

    void completed(long lines, Instant at) {
        this.sourceLines = lines;
        this.completedAt = at;
        this.status = AllocationRunStatus.COMPLETED;
        this.failure = null;
    }

    void finishedAt(Instant at) {
        this.completedAt = at;
    }

    void ended(AllocationRunStatus endStatus, String reason, Instant at) {
        this.status = endStatus;
        this.failure = reason == null ? null : reason.substring(0, Math.min(reason.length(), 2048));
        this.completedAt = at;
    }

    void supersededBy(long runId) {
        this.status = AllocationRunStatus.SUPERSEDED;
        this.supersededByRunId = runId;
    }

    public YearMonth period() {
        return YearMonth.from(billingPeriodStart);
    }

    public Long getId() { return id; }
    public AllocationRunStatus getStatus() { return status; }
    public Long getJobExecutionId() { return jobExecutionId; }
    public Instant getRulesAsOf() { return rulesAsOf; }
    public String getRulesJson() { return rulesJson; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getCompletedAt() { return completedAt; }
    public Long getSupersededByRunId() { return supersededByRunId; }
    public Long getSourceLines() { return sourceLines; }
    public String getFailure() { return failure; }
}
