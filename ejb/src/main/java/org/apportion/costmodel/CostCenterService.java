package org.apportion.costmodel;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apportion.base.FieldProblem;
import org.apportion.base.InvalidFieldsException;
import org.apportion.base.StateConflictException;

/** The cost centers: listing (UNALLOCATED always included), edits that keep the hierarchy a tree, the tree. */
@Stateless
public class CostCenterService {

    private static final String ACTIVE_ON = """
            (:day IS NULL OR c.code = 'UNALLOCATED'
             OR (c.activeFrom <= :day AND (c.activeTo IS NULL OR c.activeTo >= :day)))""";

    @PersistenceContext(unitName = "apportion")
    private EntityManager em;

    /** Cost centers by code, only those active on {@code day} when it is given (UNALLOCATED always). */
    public List<CostCenter> list(LocalDate day, int page, int size) {
        return em.createQuery("SELECT c FROM CostCenter c WHERE " + ACTIVE_ON + " ORDER BY c.code", CostCenter.class)
                .setParameter("day", day)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
    }

    public long count(LocalDate day) {
        return em.createQuery("SELECT COUNT(c) FROM CostCenter c WHERE " + ACTIVE_ON, Long.class)
                .setParameter("day", day)
                .getSingleResult();
    }

    public List<CostCenter> all() {
        return em.createQuery("SELECT c FROM CostCenter c ORDER BY c.code", CostCenter.class).getResultList();
    }

    public Optional<CostCenter> find(String code) {
        return em.createQuery("SELECT c FROM CostCenter c WHERE c.code = :code", CostCenter.class)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    /** The whole tree, for roll-ups and the tree view. */
    public CostCenterHierarchy hierarchy() {
        return CostCenterHierarchy.of(all());
    }

    /** What is wrong with a new cost center (field names of the REST API), nothing when it can be created. */
    public List<FieldProblem> problemsOfNew(String code, CostCenterDetails details) {
        return new CostCenterChecks(hierarchy()).ofNew(code, details);
    }

    /** What is wrong with new details of an existing cost center. */
    public List<FieldProblem> problemsOf(String code, CostCenterDetails details) {
        return new CostCenterChecks(hierarchy()).ofDetails(code, details);
    }

    public CostCenter create(String code, CostCenterDetails details) {
        InvalidFieldsException.throwIfAny("The cost center has invalid fields.", problemsOfNew(code, details));
        if (find(code).isPresent()) {
            throw new StateConflictException("Cost center " + code + " already exists.");
        }
        CostCenter center = new CostCenter(code, details);
        em.persist(center);
        return center;
    }

    /** Changes everything but the code; a new parent may not be the cost center itself or one below it. */
    public CostCenter update(String code, CostCenterDetails details) {
        CostCenter center = find(code).orElseThrow(() -> new IllegalArgumentException("No cost center " + code));
        InvalidFieldsException.throwIfAny("The cost center has invalid fields.", problemsOf(code, details));
        center.apply(details);
        return center;
    }

    /**
     * Deletes a cost center without children.
     *
     * @return false when there is none with this code
     * @throws StateConflictException for UNALLOCATED and for a cost center with children
     */
    public boolean delete(String code) {
        Optional<CostCenter> center = find(code);
        if (center.isEmpty()) {
            return false;
        }
        if (center.get().isUnallocated()) {
            throw new StateConflictException("UNALLOCATED cannot be deleted: unassigned costs land there.");
        }
        List<String> children = hierarchy().childrenOf(code);
        if (!children.isEmpty()) {
            throw new StateConflictException("Cost center " + code + " has children (" + String.join(", ", children)
                    + "): move or delete them first.");
        }
        em.remove(center.get());
        return true;
    }
}
