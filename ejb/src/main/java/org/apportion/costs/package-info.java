/**
 * Cost aggregates: daily and monthly totals of the cost lines (and of the published allocation runs per cost
 * center) by their dimensions, in billing and reporting currency, rebuilt set-based in MariaDB when an import or
 * an allocation run completes, and the series queries that dashboards, budgets and forecasts read from them.
 */
package org.apportion.costs;
