/**
 * The AWS Cost and Usage Report with its legacy column names ({@code lineItem/UnblendedCost}): which line
 * item types become which FOCUS charge, and how billed and effective (amortized) cost are derived.
 */
package org.apportion.imports.aws;
