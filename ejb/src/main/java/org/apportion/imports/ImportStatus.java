package org.apportion.imports;

/** Where an import batch stands. The first five mirror JSR-352 batch statuses; the rest are domain states. */
public enum ImportStatus {
    STARTING,
    STARTED,
    COMPLETED,
    FAILED,
    STOPPED,
    /** The same file (same SHA-256) was imported before; nothing was stored. */
    DUPLICATE,
    /** The file had rows or a header that failed validation; none of its rows are kept. */
    REJECTED,
    /** A failed batch given up in favour of a new upload of the same file; its rows were removed. */
    ABANDONED,
    /** Every row of the batch was replaced by a later bill for the same billing accounts and periods. */
    SUPERSEDED;

    /** A job is working on the batch now. */
    public boolean isRunning() {
        return this == STARTING || this == STARTED;
    }

    public boolean isFinal() {
        return this == COMPLETED || this == DUPLICATE || this == REJECTED || this == ABANDONED || this == SUPERSEDED;
    }
}
