/**
 * Usage telemetry per cost center and day (tokens, requests, CPU-hours, seats): what usage-proportional
 * allocation rules split shared cost by.
 */
package org.apportion.telemetry;
