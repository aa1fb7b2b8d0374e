package org.apportion.web.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.apportion.web.ui.imports.ImportsView;

/** The application shell: a title bar and the side navigation, one entry per feature. */
public class MainLayout extends AppLayout {

    public MainLayout() {
        H1 title = new H1("Apportion");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0 var(--lumo-space-m)");
        addToNavbar(new DrawerToggle(), title);
        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem("Imports", ImportsView.class, VaadinIcon.UPLOAD.create()));
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }
}
