package org.apportion.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR the build produced, exactly as it ships. */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive builtEar() {
        return ShrinkWrap.create(ZipImporter.class, "apportion.ear")
                .importFrom(new File(System.getProperty("apportion.ear")))
                .as(EnterpriseArchive.class);
    }
}
