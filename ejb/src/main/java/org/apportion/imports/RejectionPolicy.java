package org.apportion.imports;

/** What an import does with rows that fail validation. */
public enum RejectionPolicy {
    /** Any bad row refuses the whole file; nothing of it is stored. The default. */
    STRICT,
    /** Good rows are stored; bad rows are held, with line, column and reason, for correction and re-import. */
    QUARANTINE
}
