/**
 * The FOCUS format (FinOps Open Cost and Usage Specification, versions 1.0 to 1.3): which columns exist,
 * which are mandatory, and how one CSV row becomes a {@link org.apportion.imports.CostLine}.
 */
package org.apportion.imports.focus;
