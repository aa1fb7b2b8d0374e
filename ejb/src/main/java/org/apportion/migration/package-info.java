/** Schema migrations: Flyway applies {@code db/migration} to the Apportion datasource at deployment. */
package org.apportion.migration;
