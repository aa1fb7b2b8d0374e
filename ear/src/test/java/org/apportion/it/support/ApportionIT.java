package org.apportion.it.support;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An integration test of the built EAR on the Arquillian-managed WildFly, driven from outside like a client
 * (REST, browser, JDBC checks on MariaDB).
 */
@ExtendWith(ArquillianExtension.class)
public abstract class ApportionIT {

    protected final ApportionClient api = new ApportionClient();

    @Deployment(testable = false)
    public static EnterpriseArchive ear() {
        return Deployments.builtEar();
    }
}
