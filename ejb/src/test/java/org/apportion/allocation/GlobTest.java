package org.apportion.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class GlobTest {

    @Test
    void matchesTheWholeValueWithStarAndQuestionMark() {
        Predicate<String> instances = Glob.compile("i-*");
        Predicate<String> databases = Glob.compile("prod-??-*.db");

        assertThat(instances.test("i-0abc")).isTrue();
        assertThat(instances.test("i-")).isTrue();
        assertThat(instances.test("vol-i-0abc")).isFalse();
        assertThat(databases.test("prod-eu-orders.db")).isTrue();
        assertThat(databases.test("prod-eu-orders.dbx")).isFalse();
        assertThat(databases.test("prod-e-orders.db")).isFalse();
    }

    @Test
    void takesEverythingElseLiterally() {
        Predicate<String> arn = Glob.compile("arn:aws:s3:::logs.(2024)+*");

        assertThat(arn.test("arn:aws:s3:::logs.(2024)+/a")).isTrue();
        assertThat(arn.test("arn:aws:s3:::logsX(2024)+/a")).isFalse();
        assertThat(Glob.compile("*.[a]").test("x.[a]")).isTrue();
        assertThat(Glob.compile("a\\E*").test("a\\Ebc")).isTrue();
        assertThat(Glob.compile("exact").test("exact")).isTrue();
        assertThat(Glob.compile("exact").test("Exact")).isFalse();
    }
}
