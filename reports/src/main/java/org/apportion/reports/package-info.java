/**
 * Renders the monthly chargeback, showback and TCO packs as Excel (Apache POI) and PDF. Empty until the
 * report issue: the module is built and packaged in the EAR's {@code lib/} so that the stack is in place.
 */
package org.apportion.reports;
