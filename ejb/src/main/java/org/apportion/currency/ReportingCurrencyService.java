package org.apportion.currency;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.apportion.base.FieldProblem;
import org.apportion.base.InvalidFieldsException;

/** The currency reports and allocations are shown in, an installation setting (USD unless changed). */
@Stateless
public class ReportingCurrencyService {

    static final String SETTING = "reporting.currency";
    private static final String DEFAULT = "USD";

    @PersistenceContext(unitName = "apportion")
    private EntityManager em;

    public String reportingCurrency() {
        InstallationSetting setting = em.find(InstallationSetting.class, SETTING);
        return setting == null ? DEFAULT : setting.getValue();
    }

    /** @throws InvalidFieldsException (field {@code currency}) for anything but an ISO 4217 code */
    public String change(String currency) {
        if (!CurrencyPair.isIsoCode(currency)) {
            throw new InvalidFieldsException("Not a currency.",
                    List.of(FieldProblem.of("currency", "not an ISO 4217 currency code (e.g. EUR)")));
        }
        InstallationSetting setting = em.find(InstallationSetting.class, SETTING);
        if (setting == null) {
            em.persist(new InstallationSetting(SETTING, currency));
        } else {
            setting.change(currency);
        }
        return currency;
    }
}
