package org.apportion.imports;

/** The bill formats Apportion reads; the API reports them by these names, with a version where one exists. */
public enum BillFormat {
    /** FinOps Open Cost and Usage Specification, versions 1.0 to 1.3 (and 1.4 preview names). */
    FOCUS,
    /** AWS Cost and Usage Report with the legacy column names ({@code lineItem/UnblendedCost}). */
    AWS_CUR,
    /** AWS Cost and Usage Report 2.0 (Data Exports), snake-case columns ({@code line_item_unblended_cost}). */
    AWS_CUR2,
    /** Azure cost details export (EA or MCA), actual or amortized cost. */
    AZURE,
    /** Google Cloud billing export (BigQuery standard usage cost), CSV or newline-delimited JSON. */
    GCP,
    /** Oracle Cloud Infrastructure cost report. */
    OCI,
    /** OpenAI organization usage (completions) and costs, as the admin API returns them. */
    OPENAI,
    /** Anthropic usage and cost reports, as the admin API returns them. */
    ANTHROPIC,
    /** Any CSV read through a saved, named column mapping (SaaS invoices and the like). */
    CSV_MAPPED
}
