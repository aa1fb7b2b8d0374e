/**
 * The AWS Cost and Usage Report, with its legacy column names ({@code lineItem/UnblendedCost}) or as CUR 2.0
 * ({@code line_item_unblended_cost}): which line item types become which FOCUS charge, and how billed and
 * effective (amortized) cost are derived. One mapping reads both through a column naming ({@link
 * org.apportion.imports.aws.CurColumns}).
 */
package org.apportion.imports.aws;
