/**
 * The Google Cloud billing export (BigQuery standard or detailed usage cost table), as newline-delimited JSON
 * from {@code bq extract} or as CSV with the same flattened column names: net cost (cost plus credits) as
 * Google's own FOCUS view computes it, cost types as FOCUS charge categories, labels as tags.
 */
package org.apportion.imports.gcp;
