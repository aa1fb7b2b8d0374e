/**
 * What the LLM providers' usage and cost reports share: the FOCUS columns every such cost line has, token
 * counts, and pricing usage rows from the model price registry's book.
 */
package org.apportion.imports.llm;
