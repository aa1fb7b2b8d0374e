package org.apportion.costs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apportion.costmodel.CategoryMatch;
import org.apportion.costmodel.CategoryResolver;
import org.apportion.costmodel.CategoryRule;
import org.apportion.costmodel.CostCategory;
import org.junit.jupiter.api.Test;

class LineClassTest {

    private final CategoryResolver rules = CategoryResolver.of(List.of(
            new CategoryRule(200, CategoryMatch.of(Map.of("ProviderName", "OpenAI")), CostCategory.AI_LLM_API, null),
            new CategoryRule(1000, CategoryMatch.of(Map.of("ServiceCategory", "AI and Machine Learning")),
                    CostCategory.AI_LLM_API, null),
            new CategoryRule(1030, CategoryMatch.of(Map.of("ServiceCategory", "Compute")), CostCategory.COMPUTE, null)));

    @Test
    void llmLinesKeepTheirModel() {
        assertThat(LineClass.of(rules, "AI and Machine Learning", "Azure OpenAI", "Microsoft", "gpt-4o", "Usage"))
                .isEqualTo(new LineClass(CostCategory.AI_LLM_API, true));
        assertThat(LineClass.of(rules, "Compute", "Chat completions", "OpenAI", "gpt-4o-mini", "Usage"))
                .as("placed in AI_LLM_API by a rule").isEqualTo(new LineClass(CostCategory.AI_LLM_API, true));
    }

    @Test
    void otherLinesDoNot() {
        assertThat(LineClass.of(rules, "Compute", "Amazon EC2", "AWS", "G95FST5FTYV3JSRX", "Usage"))
                .isEqualTo(new LineClass(CostCategory.COMPUTE, false));
        assertThat(LineClass.of(rules, "Compute", "Amazon EC2", "AWS", null, "Tax"))
                .isEqualTo(new LineClass(CostCategory.TAX, false));
    }
}
