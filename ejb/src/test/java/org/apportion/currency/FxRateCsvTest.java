package org.apportion.currency;

import java.io.StringReader;
import java.util.List;
import org.apportion.base.FieldProblem;
import org.apportion.base.InvalidFieldsException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

class FxRateCsvTest {

    private static List<FxRateCsv.Line> read(String csv) {
        return FxRateCsv.read(new StringReader(csv), "upload");
    }

    private static List<FieldProblem> problems(String csv) {
        return catchThrowableOfType(InvalidFieldsException.class, () -> read(csv)).problems();
    }

    @Test
    void readsRatesWithTheirLinesAndSources() {
        List<FxRateCsv.Line> lines = read("""
                \uFEFFdate,from,to,rate
                2025-01-02,EUR,USD,1.03210000000000000000

                2025-01-02, USD , JPY ,157.2
                """);

        assertThat(lines).extracting(FxRateCsv.Line::line).containsExactly(2L, 4L);
        assertThat(lines.get(0).quote().rate()).isEqualByComparingTo("1.0321");
        assertThat(lines.get(1).quote().pair()).isEqualTo(new CurrencyPair("USD", "JPY"));
        assertThat(lines).extracting(FxRateCsv.Line::source).containsOnly("upload");
    }

    @Test
    void takesColumnsInAnyOrderWithAnOptionalSource() {
        List<FxRateCsv.Line> lines = read("rate,to,from,date,source\n0.85,EUR,USD,2025-01-02,ECB\n1.17,USD,EUR,2025-01-02,\n");

        assertThat(lines).extracting(l -> l.quote().pair().from(), FxRateCsv.Line::source)
                .containsExactly(tuple("USD", "ECB"), tuple("EUR", "upload"));
    }

    @Test
    void namesTheLineAndColumnOfEveryBadValue() {
        assertThat(problems("""
                date,from,to,rate
                2025-01-02,EUR,USD,1.03
                02/01/2025,EUR,USD,1.03
                2025-01-03,EURO,usd,1.03
                2025-01-03,EUR,EUR,1
                2025-01-03,EUR,USD,-1
                2025-01-03,EUR,USD,a lot
                2025-01-03,EUR,USD,0.123456789012345678901
                2025-01-02,EUR,USD,1.04
                2025-01-04,EUR,USD
                """)).extracting(FieldProblem::line, FieldProblem::field).containsExactly(
                tuple(3L, "date"), tuple(4L, "from"), tuple(4L, "to"), tuple(5L, "to"), tuple(6L, "rate"),
                tuple(7L, "rate"), tuple(8L, "rate"), tuple(9L, "date"), tuple(10L, "rate"));
    }

    @Test
    void saysWhichLineADuplicateRepeats() {
        assertThat(problems("date,from,to,rate\n2025-01-02,EUR,USD,1\n2025-01-02,EUR,USD,2\n"))
                .extracting(FieldProblem::message)
                .containsExactly("line 2 already gives EUR/USD on 2025-01-02");
    }

    @Test
    void refusesABadHeaderOrAFileWithoutRates() {
        assertThat(problems("day,from,to,price\n2025-01-02,EUR,USD,1\n"))
                .extracting(FieldProblem::line, FieldProblem::field)
                .containsExactlyInAnyOrder(tuple(1L, "day"), tuple(1L, "price"), tuple(1L, "date"), tuple(1L, "rate"));
        assertThat(problems("date,from,to,rate\n")).extracting(FieldProblem::message)
                .containsExactly("no rates after the header");
        assertThat(problems("")).extracting(FieldProblem::line).containsExactly(1L);
    }
}
