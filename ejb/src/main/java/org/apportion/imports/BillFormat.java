package org.apportion.imports;

/** The bill formats Apportion reads; the API reports them by these names, with a version where one exists. */
public enum BillFormat {
    /** FinOps Open Cost and Usage Specification, versions 1.0 to 1.3. */
    FOCUS,
    /** AWS Cost and Usage Report with the legacy column names ({@code lineItem/UnblendedCost}). */
    AWS_CUR,
    /** Azure cost details export (EA or MCA), actual cost. */
    AZURE
}
