/** Azure cost details exports (EA and MCA, actual cost): columns, dates and tags mapped onto FOCUS. */
package org.apportion.imports.azure;
