package org.apportion.batch.imports;

import org.apportion.imports.BillRowMapper;

/**
 * What the reader of one partition hands the processor, writer and listeners of that partition through the
 * partition's step context: the format's row mapper and the partition's number.
 */
record PartitionWork(BillRowMapper mapper, int partition) {
}
