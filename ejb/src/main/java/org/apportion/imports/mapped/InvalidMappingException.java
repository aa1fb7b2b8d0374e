package org.apportion.imports.mapped;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A column mapping that cannot be used as given; each problem reads "field: reason". The REST API answers 400. */
@ApplicationException
public class InvalidMappingException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    public InvalidMappingException(String message, List<String> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
