package org.apportion.base;

import jakarta.ejb.ApplicationException;

/**
 * A request the current state does not allow (restarting a completed import, a price overlapping another).
 * An application exception: the caller made a mistake, the server did not fail, so it is neither wrapped nor
 * logged as an error. The REST API answers 409.
 */
@ApplicationException
public class StateConflictException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public StateConflictException(String message) {
        super(message);
    }
}
