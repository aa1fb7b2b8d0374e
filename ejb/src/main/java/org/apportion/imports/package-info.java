/**
 * Bill imports: an uploaded bill file becomes an {@link org.apportion.imports.ImportBatch}, its valid rows
 * become FOCUS-aligned {@link org.apportion.imports.CostLine}s and its invalid rows
 * {@link org.apportion.imports.ImportRejection}s. The batch job in the batch-jobs module drives the work
 * through {@link org.apportion.imports.ImportService}.
 */
package org.apportion.imports;
