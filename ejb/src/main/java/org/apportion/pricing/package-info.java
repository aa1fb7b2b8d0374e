/**
 * LLM token pricing: the price registry (per provider and model, per million input, output, cached-input
 * and cache-write tokens, batch tier, effective-dated) and the import of LiteLLM's price file.
 */
package org.apportion.pricing;
