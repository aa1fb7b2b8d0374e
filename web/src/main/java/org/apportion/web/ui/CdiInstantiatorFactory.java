package org.apportion.web.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.di.InstantiatorFactory;
import com.vaadin.flow.server.VaadinService;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.enterprise.inject.spi.Unmanaged;

/**
 * Lets views use {@code @Inject}: Apportion's own classes are created through CDI (vaadin-cdi has no release
 * for Vaadin 25 on Maven Central). Found by Vaadin's class scanning; Vaadin's own classes are left to it.
 */
public class CdiInstantiatorFactory implements InstantiatorFactory {

    private static final String OWN_PACKAGE = "org.apportion.";

    @Override
    public Instantiator createInstantitor(VaadinService service) {
        return new DefaultInstantiator(service) {
            @Override
            public <T> T getOrCreate(Class<T> type) {
                if (!type.getName().startsWith(OWN_PACKAGE)) {
                    return super.getOrCreate(type);
                }
                Instance<T> bean = CDI.current().select(type);
                // Views are not CDI beans: create them with injection, outside CDI's lifecycle.
                return bean.isResolvable() ? bean.get()
                        : new Unmanaged<>(type).newInstance().produce().inject().postConstruct().get();
            }

            @Override
            public <T extends Component> T createComponent(Class<T> type) {
                return getOrCreate(type);
            }
        };
    }
}
