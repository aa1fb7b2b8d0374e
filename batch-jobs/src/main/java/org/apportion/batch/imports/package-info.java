/**
 * The {@code import-focus} job's artifacts (wired in {@code META-INF/batch-jobs/import-focus.xml}) and
 * {@link org.apportion.batch.imports.ImportJobs}, which the API and UI call to submit and restart imports.
 * Artifacts stay thin: the work is done by {@link org.apportion.imports.ImportService}.
 */
package org.apportion.batch.imports;
