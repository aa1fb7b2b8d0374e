package org.apportion.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyntheticAggregatesTest {

    private static final YearMonth MONTH = YearMonth.of(2025, 2);

    /** BilledCost of a table's rows: the column after {@code dimensions} key columns and the period (and day). */
    private static BigDecimal billed(List<String> rows, int leading) {
        return rows.stream().map(r -> new BigDecimal(r.split("\t", -1)[leading]))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void aDayHasTheEstimatedRowsAndEveryTableAddsUpToTheSameTotal() {
        SyntheticAggregates bill = new SyntheticAggregates(1);
        List<SyntheticAggregates.Day> days = new ArrayList<>();
        List<String> months = new ArrayList<>();
        bill.generate(MONTH, MONTH, days::add, months::addAll);

        assertThat(bill.combinations()).isBetween(14_000, 18_000);
        assertThat(days).hasSize(28);
        SyntheticAggregates.Day first = days.get(0);
        assertThat(first.daily().size()).as("rows of a day").isBetween(13_000, 17_000);
        BigDecimal daily = billed(days.stream().flatMap(d -> d.daily().stream()).toList(), 12);
        BigDecimal teamTag = billed(days.stream().flatMap(d -> d.tags().stream()).filter(r -> r.contains("\tteam\t"))
                .toList(), 8);
        BigDecimal centers = billed(days.stream().flatMap(d -> d.costCenters().stream()).toList(), 6);
        assertThat(teamTag).isEqualByComparingTo(daily);
        assertThat(centers).isEqualByComparingTo(daily);
        assertThat(billed(months, 8)).isEqualByComparingTo(daily);
    }

    @Test
    void isDeterministicBySeed() {
        List<String> once = new ArrayList<>();
        List<String> again = new ArrayList<>();
        new SyntheticAggregates(7).generate(MONTH, MONTH, d -> once.addAll(d.daily()), m -> { });
        new SyntheticAggregates(7).generate(MONTH, MONTH, d -> again.addAll(d.daily()), m -> { });

        assertThat(again).isEqualTo(once);
    }

    @Test
    void splitsTheMigrationIntoStatements() {
        assertThat(AggregateBenchmark.statements("-- a comment; with a semicolon\nCREATE TABLE a (x INT);\n\n"
                + "CREATE TABLE b (y INT);\n")).containsExactly("CREATE TABLE a (x INT)", "CREATE TABLE b (y INT)");
    }
}
