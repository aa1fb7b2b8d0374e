package org.apportion.launcher;

/** Where the application's MariaDB is: a JDBC URL and credentials, and how it was found. */
public record Database(String url, String user, String password, String origin) {

    public String describe() {
        return url + " (" + origin + ")";
    }
}
