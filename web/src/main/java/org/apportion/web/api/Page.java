package org.apportion.web.api;

import java.util.List;

/** One page of a collection with the total count across all pages. */
public record Page<T>(List<T> items, int page, int size, long total) {
}
