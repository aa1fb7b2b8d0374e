/**
 * The cost model that allocation charges back to: the cost-center hierarchy (with its roll-up of amounts to
 * every level) and Apportion's fixed cost categories with the rules that put each cost line in one.
 */
package org.apportion.costmodel;
