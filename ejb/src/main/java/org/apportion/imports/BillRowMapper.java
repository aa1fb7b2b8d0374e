package org.apportion.imports;

/** Turns one bill row into a cost line, or refuses it with every problem it has. */
@FunctionalInterface
public interface BillRowMapper {

    CostLine toCostLine(long importBatchId, BillRecord record) throws InvalidBillRowException;
}
