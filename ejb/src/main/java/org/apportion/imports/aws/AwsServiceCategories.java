package org.apportion.imports.aws;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The FOCUS ServiceCategory of an AWS product code (aws-service-categories.properties); "Other" when unknown. */
final class AwsServiceCategories {

    private static final Properties BY_PRODUCT_CODE = load();

    private AwsServiceCategories() {
    }

    static String of(String productCode) {
        return productCode == null ? "Other" : BY_PRODUCT_CODE.getProperty(productCode, "Other");
    }

    private static Properties load() {
        Properties categories = new Properties();
        try (InputStream in = AwsServiceCategories.class.getResourceAsStream("aws-service-categories.properties")) {
            categories.load(in);
            return categories;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
