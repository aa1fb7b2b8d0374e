package org.apportion.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDateTime;
import java.time.YearMonth;

/** A FOCUS billing period, [start, end) in UTC, as a bill file declares it. */
@Embeddable
public class BillingPeriod {

    @Column(name = "billing_period_start", nullable = false)
    private LocalDateTime start;

    @Column(name = "billing_period_end", nullable = false)
    private LocalDateTime end;

    protected BillingPeriod() {
    }

    public BillingPeriod(LocalDateTime start, LocalDateTime end) {
        this.start = start;
        this.end = end;
    }

    public LocalDateTime getStart() { return start; }
    public LocalDateTime getEnd() { return end; }

    /** The month the period starts in, as finance names it ({@code 2024-09}). */
    public YearMonth month() {
        return YearMonth.from(start);
    }
}
