package org.apportion.imports.llm;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apportion.imports.CostLine;
import org.apportion.imports.RowValues;
import org.apportion.pricing.ModelPriceBook;
import org.apportion.pricing.ModelPriceBook.RegistryPrice;
import org.apportion.pricing.TokenUsage;

/**
 * Prices usage rows, which carry tokens but no cost, from the registry's book of their provider as it stood
 * on the usage day: cost = the sum over token kinds of tokens × price per million ÷ 1,000,000, exact, in the
 * price's currency. A row the registry cannot price is refused and says how to give it a price.
 */
public final class UsagePricing {

    private static final String HOW_TO_ADD = "; add one under /api/v1/pricing/models";

    private final ModelPriceBook book;

    public UsagePricing(ModelPriceBook book) {
        this.book = book;
    }

    /**
     * Sets the line's costs and currency to the registry's price of the usage, and its registry cost.
     * Answers the registry's name of the model priced (the base model of a dated snapshot), or null after
     * recording why the row has no price.
     */
    public String priceInto(CostLine line, RowValues row, String modelColumn, String model, LocalDate day,
                            TokenUsage usage) {
        Optional<RegistryPrice> price = book.priceOn(model, day);
        if (price.isEmpty()) {
            return row.problem(modelColumn, model,
                    "no price for model " + model + " on " + day + " in the price registry" + HOW_TO_ADD);
        }
        List<String> missing = price.get().prices().missingTiers(usage);
        if (!missing.isEmpty()) {
            return row.problem(modelColumn, model, "the price registry's price of " + price.get().model() + " on "
                    + day + " has no " + String.join(", ", missing) + " price" + HOW_TO_ADD);
        }
        BigDecimal cost = price.get().prices().costOf(usage);
        LlmCostLines.billedCost(line, cost, price.get().prices().currency());
        line.setRegistryCost(cost);
        line.setPricingCategory("Standard");
        return price.get().model();
    }
}
