/**
 * OpenAI's organization usage (completions) and costs reports, as its admin API returns them: usage is
 * priced from the model price registry, costs are taken as OpenAI bills them.
 */
package org.apportion.imports.openai;
