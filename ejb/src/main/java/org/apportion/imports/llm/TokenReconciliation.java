package org.apportion.imports.llm;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apportion.imports.llm.CostReportTokens.BilledTokens;
import org.apportion.pricing.ModelPriceBook;
import org.apportion.pricing.ModelPriceBook.RegistryPrice;
import org.apportion.pricing.TokenUsage;

/**
 * Sets a provider's cost report lines against the usage they bill. A cost line names a day, billing account,
 * project or workspace, model and kind of tokens, but no token count; the usage lines of the same day,
 * account, project and model count those tokens (over all their API keys). Priced from the registry at that
 * day, they give what the registry says the line should cost, and the variance: billed − registry.
 */
public final class TokenReconciliation {

    /** The cost line's tokens, their registry price and the billed cost's difference from it. */
    public record Reconciled(BigDecimal tokens, BigDecimal registryCost, BigDecimal variance) {
    }

    private record UsageKey(LocalDate day, String account, String subAccount, String model) {
    }

    private final CostReportTokens reportTokens;
    private final ModelPriceBook book;
    private final Map<UsageKey, List<JsonObject>> usage = new HashMap<>();

    public TokenReconciliation(CostReportTokens reportTokens, ModelPriceBook book) {
        this.reportTokens = reportTokens;
        this.book = book;
    }

    /** Adds a usage line: its token counts by kind are in its extras. */
    public void addUsage(LocalDate day, String account, String subAccount, String model, JsonObject extras) {
        usage.computeIfAbsent(new UsageKey(day, account, subAccount, model), k -> new ArrayList<>()).add(extras);
    }

    /**
     * The usage a cost report line bills, priced from the registry, or empty when the line bills no tokens,
     * no usage counts them, or the registry cannot price them in the billed currency.
     */
    public Optional<Reconciled> reconcile(CostLineKey line, BigDecimal billedCost, String currency) {
        if (line.model() == null) {
            return Optional.empty();
        }
        Optional<BilledTokens> billed = reportTokens.billed(line.chargeDescription(), line.extras());
        Optional<RegistryPrice> price = book.priceOn(line.model(), line.day());
        List<JsonObject> usageLines = usage.get(new UsageKey(line.day(), line.account(), line.subAccount(), line.model()));
        if (billed.isEmpty() || price.isEmpty() || usageLines == null
                || !price.get().prices().currency().equalsIgnoreCase(currency)) {
            return Optional.empty();
        }
        return priced(billed.get(), price.get(), usageLines)
                .map(r -> new Reconciled(r.tokens(), r.registryCost(), billedCost.subtract(r.registryCost())));
    }

    private Optional<Reconciled> priced(BilledTokens billed, RegistryPrice price, List<JsonObject> usageLines) {
        BigDecimal tokens = BigDecimal.ZERO;
        BigDecimal registryCost = BigDecimal.ZERO;
        for (JsonObject extras : usageLines) {
            boolean batch = reportTokens.batch(extras);
            BigDecimal count = billed.countInUsage().apply(extras);
            if ((billed.batch() != null && billed.batch() != batch) || count.signum() == 0) {
                continue;
            }
            TokenUsage kindOnly = billed.kind().usage(count, batch);
            if (!price.prices().missingTiers(kindOnly).isEmpty()) {
                return Optional.empty();
            }
            tokens = tokens.add(count);
            registryCost = registryCost.add(price.prices().costOf(kindOnly));
        }
        return tokens.signum() == 0 ? Optional.empty() : Optional.of(new Reconciled(tokens, registryCost, null));
    }

    /** What identifies a cost report line's usage: its day, account, project or workspace, model and text. */
    public record CostLineKey(LocalDate day, String account, String subAccount, String model,
                              String chargeDescription, JsonObject extras) {
    }
}
