/** The Vaadin admin UI: the application shell ({@link org.apportion.web.ui.MainLayout}) and a package per feature. */
package org.apportion.web.ui;
