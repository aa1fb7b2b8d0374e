package org.apportion.imports.mapped;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.apportion.base.UtcInstantConverter;

/** A saved, named column mapping (see {@link MappingDefinition}), kept as its JSON. */
@Entity
@Table(name = "column_mapping")
public class ColumnMapping {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, length = 128)
    private String name;

    @Column(name = "description", length = 1024)
    private String description;

    @Column(name = "definition", nullable = false)
    private String definition;

    @Column(name = "updated_at", nullable = false)
    @Convert(converter = UtcInstantConverter.class)
    private Instant updatedAt;

    protected ColumnMapping() {
    }

    ColumnMapping(String name, String description, MappingDefinition definition, Instant now) {
        this.name = name;
        change(description, definition, now);
    }

    final void change(String newDescription, MappingDefinition newDefinition, Instant now) {
        this.description = newDescription;
        this.definition = newDefinition.toJson();
        this.updatedAt = now;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getDescription() { return description; }
    public Instant getUpdatedAt() { return updatedAt; }

    public MappingDefinition definition() {
        return MappingDefinition.fromJson(definition);
    }

    public String definitionJson() {
        return definition;
    }
}
