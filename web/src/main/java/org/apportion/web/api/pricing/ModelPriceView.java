package org.apportion.web.api.pricing;

import java.math.BigDecimal;
import org.apportion.base.Money;
import org.apportion.pricing.ModelPrice;
import org.apportion.pricing.TokenPrices;

/** A model price as the API shows it: prices per million tokens as exact decimal strings, dates YYYY-MM-DD. */
public record ModelPriceView(long id, String provider, String model, String currency, String inputPerMillion,
                             String outputPerMillion, String cachedInputPerMillion, String cacheWritePerMillion,
                             String batchInputPerMillion, String batchOutputPerMillion, String effectiveFrom,
                             String effectiveTo, String source) {

    static ModelPriceView of(ModelPrice price) {
        TokenPrices p = price.prices();
        return new ModelPriceView(price.getId(), price.getProvider(), price.getModel(), p.currency(),
                exact(p.inputPerMillion()), exact(p.outputPerMillion()), exact(p.cachedInputPerMillion()),
                exact(p.cacheWritePerMillion()), exact(p.batchInputPerMillion()), exact(p.batchOutputPerMillion()),
                price.getEffectiveFrom().toString(),
                price.getEffectiveTo() == null ? null : price.getEffectiveTo().toString(), price.getSource());
    }

    private static String exact(BigDecimal amount) {
        return amount == null ? null : Money.exactString(amount);
    }
}
