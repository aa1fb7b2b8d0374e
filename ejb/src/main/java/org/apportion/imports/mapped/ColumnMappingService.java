package org.apportion.imports.mapped;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Saves, lists and removes the named column mappings used to import bills in no provider format. */
@Stateless
public class ColumnMappingService {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    @PersistenceContext(unitName = "apportion")
    private EntityManager em;

    private final Clock clock = Clock.systemUTC();

    public List<ColumnMapping> list() {
        return em.createQuery("SELECT m FROM ColumnMapping m ORDER BY m.name", ColumnMapping.class).getResultList();
    }

    public Optional<ColumnMapping> find(String name) {
        return em.createQuery("SELECT m FROM ColumnMapping m WHERE m.name = :name", ColumnMapping.class)
                .setParameter("name", name).getResultStream().findFirst();
    }

    /** Creates the mapping, or replaces the one of that name; answers true when it was created. */
    public boolean save(String name, String description, MappingDefinition definition) {
        List<String> problems = new java.util.ArrayList<>(definition.problems());
        if (name == null || !NAME.matcher(name).matches()) {
            problems.add(0, "name: 1 to 128 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        if (description != null && description.length() > 1024) {
            problems.add("description: longer than 1024 characters");
        }
        if (!problems.isEmpty()) {
            throw new InvalidMappingException("The column mapping cannot be used as given.", problems);
        }
        Optional<ColumnMapping> existing = find(name);
        existing.ifPresentOrElse(m -> m.change(description, definition, clock.instant()),
                () -> em.persist(new ColumnMapping(name, description, definition, clock.instant())));
        return existing.isEmpty();
    }

    public boolean delete(String name) {
        Optional<ColumnMapping> mapping = find(name);
        mapping.ifPresent(em::remove);
        return mapping.isPresent();
    }
}
