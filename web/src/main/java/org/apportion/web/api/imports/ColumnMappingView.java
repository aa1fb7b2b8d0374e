package org.apportion.web.api.imports;

import java.util.Map;
import org.apportion.imports.mapped.ColumnMapping;
import org.apportion.imports.mapped.MappingDefinition;

/** A column mapping as the API shows and takes it. */
public record ColumnMappingView(String name, String description, Map<String, String> columns,
                                Map<String, String> constants, boolean sameNames, String dateFormat,
                                boolean currencySymbols, String updatedAt) {

    static ColumnMappingView of(ColumnMapping mapping) {
        MappingDefinition definition = mapping.definition();
        return new ColumnMappingView(mapping.getName(), mapping.getDescription(), definition.columns(),
                definition.constants(), definition.sameNames(), definition.dateFormat(), definition.currencySymbols(),
                mapping.getUpdatedAt().toString());
    }
}
