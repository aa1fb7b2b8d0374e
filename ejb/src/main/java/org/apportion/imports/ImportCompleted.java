package org.apportion.imports;

import java.time.YearMonth;
import java.util.List;

/**
 * Announced (a CDI event) inside the transaction that completes an import, once its rows have replaced those it
 * restates: the providers' billing accounts and billing periods whose cost lines changed.
 */
public record ImportCompleted(long batchId, List<Scope> scopes) {

    public ImportCompleted {
        scopes = List.copyOf(scopes);
    }

    /** One provider's billing account in one billing period (the month it starts in). */
    public record Scope(String providerName, String billingAccountId, YearMonth period) {
    }
}
