package org.apportion.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class DirectTotalsTest {

    private static final YearMonth SEP = YearMonth.of(2024, 9);

    @Test
    void mergesThePartitionsOfAPass() {
        DirectTotals first = DirectTotals.of(List.of(total("WEB", "USD", "10.5"), total("DATA", "USD", "1")));
        DirectTotals second = DirectTotals.of(List.of(total("WEB", "USD", "-0.50"), total("WEB", "EUR", "3")));

        DirectTotals merged = first.plus(second);

        assertThat(merged.of(SEP, "WEB", "USD")).isEqualByComparingTo("10");
        assertThat(merged.of(SEP, "WEB", "EUR")).isEqualByComparingTo("3");
        assertThat(merged.of(SEP, "DATA", "USD")).isEqualByComparingTo("1");
        assertThat(merged.of(SEP.plusMonths(1), "WEB", "USD")).isEqualByComparingTo("0");
    }

    @Test
    void comparesTotalsByValue() {
        assertThat(DirectTotals.of(List.of(total("WEB", "USD", "10.0"), total("ML", "USD", "0"))))
                .isEqualTo(DirectTotals.of(List.of(total("WEB", "USD", "10.00"))))
                .hasSameHashCodeAs(DirectTotals.of(List.of(total("WEB", "USD", "10"))));
    }

    @Test
    void survivesSerializationAsACheckpoint() throws Exception {
        DirectTotals totals = DirectTotals.of(List.of(total("WEB", "USD", "10.5"), total("DATA", "EUR", "-2")));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(totals);
        }

        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(totals);
        }
    }

    private static DirectTotal total(String costCenter, String currency, String amount) {
        return new DirectTotal(SEP, costCenter, currency, new BigDecimal(amount));
    }
}
