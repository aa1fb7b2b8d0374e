package org.apportion.pricing;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apportion.base.StateConflictException;

/** The price registry: look-ups at a date, edits that keep one price per model per day, LiteLLM updates. */
@Stateless
public class ModelPriceService {

    @PersistenceContext(unitName = "apportion")
    private EntityManager em;

    /** The price that applies to a model's usage on a day. */
    public Optional<ModelPrice> priceOn(String provider, String model, LocalDate day) {
        return em.createQuery("""
                SELECT p FROM ModelPrice p WHERE p.provider = :provider AND p.model = :model
                  AND p.effectiveFrom <= :day AND (p.effectiveTo IS NULL OR p.effectiveTo > :day)""", ModelPrice.class)
                .setParameter("provider", provider)
                .setParameter("model", model)
                .setParameter("day", day)
                .getResultStream().findFirst();
    }

    /** Every price of a provider, as a book an import prices its rows from without asking the database again. */
    public ModelPriceBook priceBook(String provider) {
        return ModelPriceBook.of(provider, em.createQuery(
                        "SELECT p FROM ModelPrice p WHERE p.provider = :provider", ModelPrice.class)
                .setParameter("provider", provider)
                .getResultList());
    }

    public List<ModelPrice> list(String provider, String model, int page, int size) {
        return em.createQuery("""
                SELECT p FROM ModelPrice p
                WHERE (:provider IS NULL OR p.provider = :provider) AND (:model IS NULL OR p.model = :model)
                ORDER BY p.provider, p.model, p.effectiveFrom""", ModelPrice.class)
                .setParameter("provider", provider)
                .setParameter("model", model)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
    }

    public long count(String provider, String model) {
        return em.createQuery("""
                SELECT COUNT(p) FROM ModelPrice p
                WHERE (:provider IS NULL OR p.provider = :provider) AND (:model IS NULL OR p.model = :model)""", Long.class)
                .setParameter("provider", provider)
                .setParameter("model", model)
                .getSingleResult();
    }

    public Optional<ModelPrice> find(long id) {
        return Optional.ofNullable(em.find(ModelPrice.class, id));
    }

    public ModelPrice create(ModelPrice price) {
        requireNoOverlap(price.getProvider(), price.getModel(), price.getEffectiveFrom(), price.getEffectiveTo(), null);
        em.persist(price);
        return price;
    }

    public ModelPrice update(long id, TokenPrices prices, LocalDate from, LocalDate to, String source) {
        ModelPrice price = find(id).orElseThrow(() -> new IllegalArgumentException("No model price " + id));
        requireNoOverlap(price.getProvider(), price.getModel(), from, to, id);
        price.setPrices(prices);
        price.validity(from, to);
        price.source(source);
        return price;
    }

    public boolean delete(long id) {
        return find(id).map(p -> {
            em.remove(p);
            return true;
        }).orElse(false);
    }

    /**
     * Applies a LiteLLM price file as of a day: a model whose current price differs gets its price closed the
     * day before and a new one from that day; a new model gets a first price; equal prices stay untouched.
     */
    public PriceFileOutcome applyPriceFile(List<LiteLlmPriceFile.Entry> entries, LocalDate asOf) {
        int added = 0;
        int changed = 0;
        int unchanged = 0;
        for (LiteLlmPriceFile.Entry entry : entries) {
            Optional<ModelPrice> current = priceOn(entry.provider(), entry.model(), asOf);
            if (current.isPresent() && current.get().prices().samePricesAs(entry.prices())) {
                unchanged++;
            } else if (current.isPresent() && current.get().getEffectiveFrom().isBefore(asOf)) {
                current.get().endOn(asOf);
                em.persist(new ModelPrice(entry.provider(), entry.model(), entry.prices(), asOf, null, "LiteLLM"));
                changed++;
            } else if (current.isPresent()) {
                current.get().setPrices(entry.prices());
                current.get().source("LiteLLM");
                changed++;
            } else if (overlaps(entry.provider(), entry.model(), asOf, null, null)) {
                // A later price already exists (a file older than the registry): leave the registry as it is.
                unchanged++;
            } else {
                em.persist(new ModelPrice(entry.provider(), entry.model(), entry.prices(), asOf, null, "LiteLLM"));
                added++;
            }
        }
        return new PriceFileOutcome(entries.size(), added, changed, unchanged);
    }

    /** What applying a price file did. */
    public record PriceFileOutcome(int models, int added, int changed, int unchanged) {
    }

    private void requireNoOverlap(String provider, String model, LocalDate from, LocalDate to, Long except) {
        if (to != null && !to.isAfter(from)) {
            throw new IllegalArgumentException("effectiveTo must be after effectiveFrom");
        }
        if (overlaps(provider, model, from, to, except)) {
            throw new StateConflictException("Another price of " + provider + "/" + model
                    + " is valid in the same period; end it first.");
        }
    }

    private boolean overlaps(String provider, String model, LocalDate from, LocalDate to, Long except) {
        return em.createQuery("""
                SELECT COUNT(p) FROM ModelPrice p WHERE p.provider = :provider AND p.model = :model
                  AND (:except IS NULL OR p.id <> :except)
                  AND (p.effectiveTo IS NULL OR p.effectiveTo > :from)
                  AND (:to IS NULL OR p.effectiveFrom < :to)""", Long.class)
                .setParameter("provider", provider)
                .setParameter("model", model)
                .setParameter("except", except)
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult() > 0;
    }
}
