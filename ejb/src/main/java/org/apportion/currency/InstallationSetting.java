package org.apportion.currency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One installation-wide setting, by name (table {@code installation_setting}). */
@Entity
@Table(name = "installation_setting")
public class InstallationSetting {

    @Id
    @Column(name = "name", length = 64)
    private String name;

    @Column(name = "value", nullable = false, length = 1024)
    private String value;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected InstallationSetting() {
    }

    public InstallationSetting(String name, String value) {
        this.name = name;
        change(value);
    }

    final void change(String newValue) {
        value = newValue;
        updatedAt = Instant.now();
    }

    public String getName() { return name; }
    public String getValue() { return value; }
    public Instant getUpdatedAt() { return updatedAt; }
}
