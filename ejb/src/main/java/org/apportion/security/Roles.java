package org.apportion.security;

/**
 * The roles of Apportion's users. Endpoints and views name the roles they allow; login and the role
 * mapping arrive with the security issue, until then the annotations document intent.
 */
public final class Roles {

    public static final String VIEWER = "viewer";
    public static final String FINANCE = "finance";
    public static final String ADMIN = "admin";
    public static final String OPERATOR = "operator";
    public static final String PLATFORM_ADMIN = "platform-admin";

    private Roles() {
    }
}
