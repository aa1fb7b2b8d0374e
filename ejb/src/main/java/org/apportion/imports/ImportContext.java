package org.apportion.imports;

import java.util.Objects;
import java.util.function.Function;
import org.apportion.pricing.ModelPriceBook;

/**
 * What a format's row mapper may need beyond the columns, fetched once per import before the first row and
 * never per row: the price registry's book of a provider, for formats that price usage (OpenAI, Anthropic).
 */
public record ImportContext(Function<String, ModelPriceBook> priceBooks) {

    public ImportContext {
        Objects.requireNonNull(priceBooks, "priceBooks");
    }

    /** All registry prices of {@code provider} (as the registry names providers: {@code openai}, {@code anthropic}). */
    public ModelPriceBook priceBook(String provider) {
        return priceBooks.apply(provider);
    }
}
