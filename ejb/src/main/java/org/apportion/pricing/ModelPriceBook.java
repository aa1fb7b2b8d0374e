package org.apportion.pricing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The registry's prices of one provider, read once for an import so that pricing its rows needs no database.
 * A look-up takes the model name as the provider writes it; a dated snapshot ({@code gpt-4o-2024-08-06},
 * {@code claude-3-5-haiku-20241022}) without a price of its own at that date takes its base model's price.
 */
public final class ModelPriceBook {

    /** A model name ending in a snapshot date: OpenAI writes {@code -2024-08-06}, Anthropic {@code -20241022}. */
    private static final Pattern DATED_SNAPSHOT = Pattern.compile("(.+)-(\\d{4}-\\d{2}-\\d{2}|\\d{8})");

    private final Map<String, List<Validity>> pricesByModel;

    private ModelPriceBook(Map<String, List<Validity>> pricesByModel) {
        this.pricesByModel = pricesByModel;
    }

    /** A snapshot of these prices, all of {@code provider}'s. */
    public static ModelPriceBook of(String provider, Collection<ModelPrice> prices) {
        Map<String, List<Validity>> byModel = new HashMap<>();
        for (ModelPrice price : prices) {
            if (!price.getProvider().equals(provider)) {
                throw new IllegalArgumentException("A price of " + price.getProvider() + " in the book of " + provider);
            }
            byModel.computeIfAbsent(price.getModel(), m -> new ArrayList<>()).add(
                    new Validity(price.getEffectiveFrom(), price.getEffectiveTo(), price.prices()));
        }
        byModel.replaceAll((model, validities) -> List.copyOf(validities));
        return new ModelPriceBook(Map.copyOf(byModel));
    }

    /** The price of {@code model}'s usage on {@code day}: its own, else its base model's when it is a dated snapshot. */
    public Optional<RegistryPrice> priceOn(String model, LocalDate day) {
        Optional<RegistryPrice> own = ownPriceOn(model, day);
        if (own.isPresent()) {
            return own;
        }
        Matcher dated = DATED_SNAPSHOT.matcher(model);
        return dated.matches() ? ownPriceOn(dated.group(1), day) : Optional.empty();
    }

    private Optional<RegistryPrice> ownPriceOn(String model, LocalDate day) {
        return pricesByModel.getOrDefault(model, List.of()).stream()
                .filter(v -> v.appliesOn(day))
                .findFirst()
                .map(v -> new RegistryPrice(model, v.prices()));
    }

    /** A price found in the registry, with the registry's name of the model it belongs to. */
    public record RegistryPrice(String model, TokenPrices prices) {
    }

    private record Validity(LocalDate from, LocalDate to, TokenPrices prices) {
        boolean appliesOn(LocalDate day) {
            return !from.isAfter(day) && (to == null || to.isAfter(day));
        }
    }
}
