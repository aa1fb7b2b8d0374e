package org.apportion.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostLineLoadDataTest {

    @Test
    void writesOneEscapedTabSeparatedLinePerCostLine() {
        CostLine line = new CostLine(7, 42);
        line.setBilledCost(new BigDecimal("1E-7"));
        line.setBillingAccountId("acc\tount\\1");
        line.setChargeDescription("two\nlines\r and a NUL \0");
        line.setChargePeriodStart(LocalDateTime.of(2025, 3, 1, 13, 5, 9));
        line.setTags("{\"team\":\"käse\"}");

        String[] fields = new String(CostLineLoadData.tabSeparated(List.of(line, line)), StandardCharsets.UTF_8)
                .split("\n")[0].split("\t", -1);

        assertEquals(48, fields.length);
        assertEquals("7", fields[0]);
        assertEquals("42", fields[1]);
        assertEquals("0.0000001", fields[2]);
        assertEquals("acc\\tount\\\\1", fields[3]);
        assertEquals("\\N", fields[4]);
        assertEquals("two\\nlines\\r and a NUL \\0", fields[10]);
        assertEquals("2025-03-01 13:05:09", fields[11]);
        assertEquals("{\"team\":\"käse\"}", fields[44]);
        assertEquals("\\N", fields[45]);
    }
}
