/**
 * Exports of allocated costs: the FOCUS 1.3 CSV of a period's allocation run, one row per allocated part, with
 * the split cost allocation columns (AllocatedMethodId, AllocatedMethodDetails, AllocatedResourceId/Name,
 * AllocatedTags) and every stored column of the origin charge.
 */
package org.apportion.exports;
