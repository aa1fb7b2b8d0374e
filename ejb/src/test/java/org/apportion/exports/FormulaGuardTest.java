package org.apportion.exports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormulaGuardTest {

    @Test
    void marksTextThatASpreadsheetWouldRunAsAFormula() {
        assertThat(FormulaGuard.neutralized("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(FormulaGuard.neutralized("+1+1")).isEqualTo("'+1+1");
        assertThat(FormulaGuard.neutralized("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(FormulaGuard.neutralized("-cmd|' /C calc'!A0")).isEqualTo("'-cmd|' /C calc'!A0");
        assertThat(FormulaGuard.neutralized("-2+3+cmd|' /C calc'!A0")).isEqualTo("'-2+3+cmd|' /C calc'!A0");
        assertThat(FormulaGuard.neutralized("\t=1")).isEqualTo("'\t=1");
    }

    @Test
    void leavesOrdinaryTextAndNumbersAlone() {
        assertThat(FormulaGuard.neutralized("Amazon Simple Queue Service")).isEqualTo("Amazon Simple Queue Service");
        assertThat(FormulaGuard.neutralized("-12")).isEqualTo("-12");
        assertThat(FormulaGuard.neutralized("-0.5")).isEqualTo("-0.5");
        assertThat(FormulaGuard.neutralized("a=b")).isEqualTo("a=b");
        assertThat(FormulaGuard.neutralized("")).isEmpty();
        assertThat(FormulaGuard.neutralized(null)).isNull();
    }
}
