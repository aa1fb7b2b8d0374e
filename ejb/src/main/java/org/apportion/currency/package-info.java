/**
 * Currencies: exchange rates per day and currency pair (CSV import, edits), the conversion of amounts at
 * their charge date, and the installation's reporting currency.
 */
package org.apportion.currency;
