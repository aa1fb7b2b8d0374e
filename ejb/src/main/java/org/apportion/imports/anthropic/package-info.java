/**
 * Anthropic's messages usage report and cost report, as its admin API returns them: usage is priced from the
 * model price registry, costs are taken as Anthropic reports them (in cents).
 */
package org.apportion.imports.anthropic;
