package org.apportion.web.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.PWA;

/** Application-wide page settings. */
@PWA(name = "Apportion", shortName = "Apportion")
public class AppShell implements AppShellConfigurator {
}
