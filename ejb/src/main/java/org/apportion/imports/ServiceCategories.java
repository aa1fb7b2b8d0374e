package org.apportion.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * A provider's table from its own service key (AWS product code, Azure service family) to the FOCUS
 * ServiceCategory, kept as a properties file beside the format. Unknown keys are "Other".
 */
public final class ServiceCategories {

    private static final String OTHER = "Other";
    private final Properties byKey;

    private ServiceCategories(Properties byKey) {
        this.byKey = byKey;
    }

    /** Loads {@code resource} from the package of {@code format}. */
    public static ServiceCategories load(Class<?> format, String resource) {
        Properties table = new Properties();
        try (InputStream in = format.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing service category table " + resource);
            }
            table.load(in);
            return new ServiceCategories(table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String of(String key) {
        return key == null ? OTHER : byKey.getProperty(key, OTHER);
    }
}
