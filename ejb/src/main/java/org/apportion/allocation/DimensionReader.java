package org.apportion.allocation;

/** Reads one dimension of a line, with the tag-or-column decision taken once when rules are compiled. */
record DimensionReader(boolean tag, String key) {

    static DimensionReader of(String dimension) {
        return Dimensions.isTag(dimension)
                ? new DimensionReader(true, Dimensions.tagKey(dimension))
                : new DimensionReader(false, dimension);
    }

    String read(SourceLine line) {
        return tag ? line.tags().get(key) : line.dimensions().get(key);
    }
}
