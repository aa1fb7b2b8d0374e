/** Cost allocation (chargeback): versioned rules, a two-stage engine (direct costs, then shared pools) and exact splits. */
package org.apportion.allocation;
