/** Value objects finance speaks in (money with its currency) shared by every feature. */
package org.apportion.base;
