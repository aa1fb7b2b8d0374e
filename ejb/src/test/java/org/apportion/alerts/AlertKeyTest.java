package org.apportion.alerts;

import java.math.BigDecimal;
import org.apportion.base.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AlertKeyTest {

    @Test
    void theSameTypeSubjectPeriodAndLevelIsTheSameAlert() {
        AlertKey first = new AlertKey(AlertType.BUDGET_THRESHOLD, "budget:42", "2025-03", AlertLevel.WARNING);

        assertThat(first).isEqualTo(new AlertKey(AlertType.BUDGET_THRESHOLD, "budget:42", "2025-03", AlertLevel.WARNING));
        assertThat(first).isNotEqualTo(new AlertKey(AlertType.BUDGET_THRESHOLD, "budget:42", "2025-03", AlertLevel.EXCEEDED));
        assertThat(first).isNotEqualTo(new AlertKey(AlertType.BUDGET_THRESHOLD, "budget:42", "2025-04", AlertLevel.WARNING));
        assertThat(first).isNotEqualTo(new AlertKey(AlertType.FORECAST_OVER, "budget:42", "2025-03", AlertLevel.WARNING));
        assertThat(first).isNotEqualTo(new AlertKey(AlertType.BUDGET_THRESHOLD, "budget:43", "2025-03", AlertLevel.WARNING));
    }

    @Test
    void periodsAreMonthsDaysOrDayRanges() {
        assertThat(AlertKey.problemsOf("cost-center:CC-1001", "2025-03")).isEmpty();
        assertThat(AlertKey.problemsOf("anomaly:aws/EC2", "2025-03-14")).isEmpty();
        assertThat(AlertKey.problemsOf("budget:42", "2025-03-01..2025-03-31")).isEmpty();

        assertThat(AlertKey.problemsOf("Budget 42", "March")).extracting(p -> p.field())
                .containsExactly("subject", "period");
        assertThatThrownBy(() -> new AlertKey(AlertType.ANOMALY, "budget:42", "2025-3", AlertLevel.INFO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("period");
    }

    @Test
    void aDraftKeepsAmountAndThresholdInOneCurrency() {
        AlertKey key = new AlertKey(AlertType.MOM_VARIANCE, "cost-center:CC-1001", "2025-03", AlertLevel.WARNING);

        assertThatThrownBy(() -> new AlertDraft(key, "t", "m", new Money(BigDecimal.ONE, "EUR"),
                new Money(BigDecimal.TEN, "USD"))).hasMessageStartingWith("threshold");
        assertThat(new AlertDraft(key, "t", "m", null, new Money(BigDecimal.TEN, "USD")).currency()).isEqualTo("USD");
    }
}
