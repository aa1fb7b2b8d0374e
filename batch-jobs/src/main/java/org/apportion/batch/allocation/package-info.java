/** The allocate job: thin batch artifacts around the allocation engine and {@code AllocationRunService}. */
package org.apportion.batch.allocation;
