package org.apportion.currency;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apportion.base.StateConflictException;

/** The exchange rates: listing, edits, the all-or-nothing CSV import, and converters built from them. */
@Stateless
public class FxRateService {

    private static final String FILTER = """
            (:from IS NULL OR r.fromCurrency = :from) AND (:to IS NULL OR r.toCurrency = :to)
              AND (:day IS NULL OR r.rateDate = :day)""";

    @PersistenceContext(unitName = "apportion")
    private EntityManager em;

    /** A converter holding every stored rate: build it once per run and convert every line with it. */
    public FxConverter converter() {
        return FxConverter.of(em.createQuery("SELECT r FROM FxRate r", FxRate.class).getResultStream()
                .map(FxRate::quote).toList());
    }

    /** A converter for one pair (both directions), for a single look-up. */
    public FxConverter converter(String from, String to) {
        return FxConverter.of(em.createQuery("""
                        SELECT r FROM FxRate r WHERE (r.fromCurrency = :from AND r.toCurrency = :to)
                           OR (r.fromCurrency = :to AND r.toCurrency = :from)""", FxRate.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream().map(FxRate::quote).toList());
    }

    /** Rates filtered by currencies and rate date (each optional), newest first. */
    public List<FxRate> list(String from, String to, LocalDate day, int page, int size) {
        return em.createQuery("SELECT r FROM FxRate r WHERE " + FILTER
                        + " ORDER BY r.rateDate DESC, r.fromCurrency, r.toCurrency", FxRate.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("day", day)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
    }

    public long count(String from, String to, LocalDate day) {
        return em.createQuery("SELECT COUNT(r) FROM FxRate r WHERE " + FILTER, Long.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("day", day)
                .getSingleResult();
    }

    public Optional<FxRate> find(long id) {
        return Optional.ofNullable(em.find(FxRate.class, id));
    }

    public FxRate create(FxQuote quote, String source) {
        if (stored(quote).isPresent()) {
            throw new StateConflictException("A rate of " + quote.pair() + " on " + quote.date()
                    + " exists already: change that one.");
        }
        FxRate rate = new FxRate(quote, source);
        em.persist(rate);
        return rate;
    }

    public FxRate update(long id, FxQuote quote, String source) {
        FxRate rate = find(id).orElseThrow(() -> new IllegalArgumentException("No FX rate " + id));
        if (stored(quote).filter(other -> !other.getId().equals(id)).isPresent()) {
            throw new StateConflictException("Another rate of " + quote.pair() + " on " + quote.date() + " exists.");
        }
        rate.apply(quote, source);
        return rate;
    }

    public boolean delete(long id) {
        return find(id).map(rate -> {
            em.remove(rate);
            return true;
        }).orElse(false);
    }

    /**
     * Stores the lines of a rate file in one transaction: a line for a day and pair already stored replaces
     * that rate, the others are added.
     */
    public ImportOutcome importRates(List<FxRateCsv.Line> lines) {
        Map<FxQuoteKey, FxRate> stored = storedBetween(lines);
        int replaced = 0;
        for (FxRateCsv.Line line : lines) {
            FxRate existing = stored.get(FxQuoteKey.of(line.quote()));
            if (existing == null) {
                em.persist(new FxRate(line.quote(), line.source()));
            } else {
                existing.apply(line.quote(), line.source());
                replaced++;
            }
        }
        return new ImportOutcome(lines.size(), lines.size() - replaced, replaced);
    }

    /** What importing a rate file did. */
    public record ImportOutcome(int rates, int added, int replaced) {
    }

    /** The stored rates in the date range of the lines, by day and pair: one query instead of one per line. */
    private Map<FxQuoteKey, FxRate> storedBetween(List<FxRateCsv.Line> lines) {
        LocalDate first = lines.stream().map(l -> l.quote().date()).min(LocalDate::compareTo).orElse(LocalDate.MIN);
        LocalDate last = lines.stream().map(l -> l.quote().date()).max(LocalDate::compareTo).orElse(LocalDate.MIN);
        return em.createQuery("SELECT r FROM FxRate r WHERE r.rateDate BETWEEN :first AND :last", FxRate.class)
                .setParameter("first", first)
                .setParameter("last", last)
                .getResultStream()
                .collect(Collectors.toMap(r -> FxQuoteKey.of(r.quote()), Function.identity()));
    }

    private record FxQuoteKey(LocalDate date, CurrencyPair pair) {
        static FxQuoteKey of(FxQuote quote) {
            return new FxQuoteKey(quote.date(), quote.pair());
        }
    }

    private Optional<FxRate> stored(FxQuote quote) {
        return em.createQuery("""
                        SELECT r FROM FxRate r WHERE r.rateDate = :day AND r.fromCurrency = :from
                          AND r.toCurrency = :to""", FxRate.class)
                .setParameter("day", quote.date())
                .setParameter("from", quote.pair().from())
                .setParameter("to", quote.pair().to())
                .getResultStream().findFirst();
    }
}
