package org.apportion.web.api;

import jakarta.ws.rs.core.Response;
import java.util.Optional;

/** The {@code ?page=&size=} rules every collection shares: pages from 0, at most 1000 items a page. */
public final class Paging {

    public static final int MAX_SIZE = 1000;

    private Paging() {
    }

    /** A 400 problem when page or size is out of range. */
    public static Optional<Response> outOfRange(int page, int size) {
        if (page >= 0 && size >= 1 && size <= MAX_SIZE) {
            return Optional.empty();
        }
        return Optional.of(Problem.response(Response.Status.BAD_REQUEST,
                "page must be 0 or more and size between 1 and " + MAX_SIZE + "."));
    }
}
