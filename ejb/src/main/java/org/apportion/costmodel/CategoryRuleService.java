package org.apportion.costmodel;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.apportion.base.InvalidFieldsException;

/** The category rules: edits, listing in the order they are tried, and the resolver built from them. */
@Stateless
public class CategoryRuleService {

    private static final String IN_ORDER = "SELECT r FROM CategoryRule r ORDER BY r.priority, r.id";

    @PersistenceContext(unitName = "apportion")
    private EntityManager em;

    /** Every rule compiled for resolving categories; build it once per run and reuse it for every line. */
    public CategoryResolver resolver() {
        return CategoryResolver.of(em.createQuery(IN_ORDER, CategoryRule.class).getResultList());
    }

    public List<CategoryRule> list(int page, int size) {
        return em.createQuery(IN_ORDER, CategoryRule.class)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
    }

    public long count() {
        return em.createQuery("SELECT COUNT(r) FROM CategoryRule r", Long.class).getSingleResult();
    }

    public Optional<CategoryRule> find(long id) {
        return Optional.ofNullable(em.find(CategoryRule.class, id));
    }

    public CategoryRule create(int priority, CategoryMatch match, CostCategory category, String description) {
        InvalidFieldsException.throwIfAny("The category rule has invalid fields.", match.problems());
        CategoryRule rule = new CategoryRule(priority, match, category, description);
        em.persist(rule);
        return rule;
    }

    public CategoryRule update(long id, int priority, CategoryMatch match, CostCategory category, String description) {
        CategoryRule rule = find(id).orElseThrow(() -> new IllegalArgumentException("No category rule " + id));
        InvalidFieldsException.throwIfAny("The category rule has invalid fields.", match.problems());
        rule.apply(priority, match, category, description);
        return rule;
    }

    public boolean delete(long id) {
        return find(id).map(rule -> {
            em.remove(rule);
            return true;
        }).orElse(false);
    }
}
