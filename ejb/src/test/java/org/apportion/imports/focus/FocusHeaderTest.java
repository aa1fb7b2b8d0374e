package org.apportion.imports.focus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apportion.imports.RowProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FocusHeaderTest {

    static final List<String> FOCUS_1_0_MANDATORY = Arrays.stream(FocusColumn.values())
            .filter(c -> c.need() != FocusColumn.Need.OPTIONAL).map(FocusColumn::header).toList();

    @Test
    void theTwentyOneMandatoryColumnsMakeAFocus10File() {
        FocusHeader header = FocusHeader.of(FOCUS_1_0_MANDATORY);

        assertThat(FOCUS_1_0_MANDATORY).hasSize(21);
        assertThat(header.problems()).isEmpty();
        assertThat(header.version()).isEqualTo("1.0");
        assertThat(header.looksLikeFocus()).isTrue();
    }

    @Test
    void detectsLaterVersionsByTheColumnsTheyIntroduced() {
        assertThat(FocusHeader.of(with("ServiceSubcategory")).version()).isEqualTo("1.1");
        assertThat(FocusHeader.of(with("InvoiceId", "ServiceSubcategory")).version()).isEqualTo("1.2");
        assertThat(FocusHeader.of(with("ServiceProviderName", "InvoiceId")).version()).isEqualTo("1.3");
    }

    @Test
    void aFocus13FileMayNameTheProviderServiceProviderName() {
        List<String> columns = new ArrayList<>(FOCUS_1_0_MANDATORY);
        columns.removeAll(List.of("ProviderName", "PublisherName"));
        columns.add("ServiceProviderName");

        assertThat(FocusHeader.of(columns).problems()).isEmpty();
    }

    @Test
    void namesEachMissingMandatoryColumnOnLineOne() {
        List<String> columns = new ArrayList<>(FOCUS_1_0_MANDATORY);
        columns.removeAll(List.of("BilledCost", "ServiceName"));

        assertThat(FocusHeader.of(columns).problems())
                .extracting(RowProblem::line, RowProblem::column)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(1L, "BilledCost"),
                        org.assertj.core.groups.Tuple.tuple(1L, "ServiceName"));
    }

    @Test
    void anotherFormatIsNotRecognisedAsFocus() {
        assertThat(FocusHeader.of(List.of("identity/LineItemId", "lineItem/UnblendedCost", "ServiceName"))
                .looksLikeFocus()).isFalse();
    }

    @Test
    void refusesAColumnNamedTwice() {
        assertThat(FocusHeader.of(with("BilledCost")).problems())
                .extracting(RowProblem::reason).containsExactly("column appears twice in the header");
    }

    @Test
    void keepsUnknownColumnsAsProviderExtras() {
        FocusHeader header = FocusHeader.of(with("Id", "x_Discounts"));

        assertThat(header.extras()).containsOnlyKeys("Id", "x_Discounts");
    }

    private static List<String> with(String... extra) {
        List<String> columns = new ArrayList<>(FOCUS_1_0_MANDATORY);
        columns.addAll(List.of(extra));
        return columns;
    }
}
