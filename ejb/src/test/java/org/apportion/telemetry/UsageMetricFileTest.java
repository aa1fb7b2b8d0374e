package org.apportion.telemetry;

import java.io.StringReader;
import java.time.LocalDate;
import org.apportion.imports.RowProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UsageMetricFileTest {

    @Test
    void readsEveryRow() throws Exception {
        UsageMetricFile file = UsageMetricFile.read(new StringReader("""
                date,metric,costCenter,quantity
                2025-10-01,tokens,TEAM-SEARCH,1500000
                2025-10-01,tokens,TEAM-CHAT,500000.5
                """));

        assertThat(file.problems()).isEmpty();
        assertThat(file.metrics()).containsExactly(
                new UsageMetric(LocalDate.of(2025, 10, 1), "tokens", "TEAM-SEARCH", new java.math.BigDecimal("1500000")),
                new UsageMetric(LocalDate.of(2025, 10, 1), "tokens", "TEAM-CHAT", new java.math.BigDecimal("500000.5")));
    }

    @Test
    void namesTheLineAndFieldOfEveryBadValue() throws Exception {
        UsageMetricFile file = UsageMetricFile.read(new StringReader("""
                date,metric,costCenter,quantity
                2025-10-32,tokens,TEAM-SEARCH,1
                2025-10-01,Tokens,,-3
                2025-10-02,cpu-hours,TEAM-A,x
                2025-10-03,seats,TEAM-A,4
                2025-10-03,seats,TEAM-A,5
                """));

        assertThat(file.problems()).containsExactly(
                new RowProblem(2, "date", "2025-10-32", "not a date (YYYY-MM-DD)"),
                new RowProblem(3, "metric", "Tokens", "a metric name is lower case letters, digits, '_', '.' or '-', "
                        + "at most 64, starting with a letter"),
                new RowProblem(3, "costCenter", null, "required"),
                new RowProblem(3, "quantity", "-3", "negative"),
                new RowProblem(4, "quantity", "x", "not a number"),
                new RowProblem(6, null, null, "a second row for 2025-10-03, seats, TEAM-A"));
    }

    @Test
    void refusesAnotherHeader() throws Exception {
        UsageMetricFile file = UsageMetricFile.read(new StringReader("day,team,tokens\n2025-10-01,a,1\n"));

        assertThat(file.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.reason()).isEqualTo("the header must name date, metric, costCenter, quantity");
        });
        assertThat(file.metrics()).isEmpty();
    }
}
