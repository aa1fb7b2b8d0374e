package org.apportion.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LoadDataBaselineTest {

    @Test
    void focusColumnsBecomeTheCostLineTablesColumns() {
        assertThat(LoadDataBaseline.snakeCase("BilledCost")).isEqualTo("billed_cost");
        assertThat(LoadDataBaseline.snakeCase("CommitmentDiscountId")).isEqualTo("commitment_discount_id");
        assertThat(LoadDataBaseline.snakeCase("Tags")).isEqualTo("tags");
    }

    @Test
    void theStatementLoadsEveryGeneratedColumnAndNumbersTheRowsAsTheJobDoes() {
        String statement = LoadDataBaseline.statement(Path.of("/tmp/it's a bill.csv"));

        assertThat(statement).startsWith("LOAD DATA LOCAL INFILE '/tmp/it\\'s a bill.csv' INTO TABLE ")
                .contains("IGNORE 1 LINES (availability_zone, billed_cost, billing_account_id,")
                .contains("sub_account_name, tags)")
                .endsWith("SET id = (@row := @row + 1), import_batch_id = 1, source_line = @row + 1");
    }
}
