package org.apportion.costs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.apportion.base.InvalidFieldsException;
import org.junit.jupiter.api.Test;

class AggregateTagKeysTest {

    @Test
    void keepsKeysExactlyAndStoresThemAsAJsonArray() {
        AggregateTagKeys keys = AggregateTagKeys.of(List.of("team", " org", "Cost department"));

        assertThat(AggregateTagKeys.fromJson(keys.toJson())).isEqualTo(keys);
        assertThat(AggregateTagKeys.jsonPath(" org")).isEqualTo("$.\" org\"");
    }

    @Test
    void namesEachBadKey() {
        assertThatThrownBy(() -> AggregateTagKeys.of(List.of("team", "", "a\"b", "team", "x".repeat(129))))
                .isInstanceOfSatisfying(InvalidFieldsException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ": " + p.message())
                        .containsExactly("tagKeys[1]: empty", "tagKeys[2]: holds a quote, backslash or control character",
                                "tagKeys[3]: named twice", "tagKeys[4]: longer than 128 characters"));
        assertThatThrownBy(() -> AggregateTagKeys.of(Collections.nCopies(11, "k")))
                .isInstanceOf(InvalidFieldsException.class);
    }

    @Test
    void aMissingOrDamagedSettingMeansNoKeys() {
        assertThat(AggregateTagKeys.fromJson(null).keys()).isEmpty();
        assertThat(AggregateTagKeys.fromJson("team,env").keys()).isEmpty();
    }
}
