/**
 * Oracle Cloud Infrastructure cost reports: the CSV files OCI writes to its usage-report bucket, mapped to
 * FOCUS cost lines (billing period derived from the usage month, corrections as adjustments).
 */
package org.apportion.imports.oci;
