package org.apportion.costmodel;

import java.util.Arrays;
import java.util.Optional;

/** Apportion's fixed cost categories (table {@code cost_category} holds the same codes). */
public enum CostCategory {
    COMPUTE("Infrastructure and compute", "Servers, containers, functions and the infrastructure services around them"),
    STORAGE("Storage", "Object, block and file storage, backups"),
    NETWORKING("Networking", "Data transfer, load balancers, CDN, DNS, VPN"),
    DATABASES("Databases", "Managed databases, data warehouses and analytics engines"),
    AI_LLM_API("AI and LLM APIs", "LLM and machine-learning APIs and platforms"),
    SAAS_LICENSES("SaaS and licenses", "Software subscriptions and licenses"),
    SUPPORT("Support", "Provider support plans"),
    SECURITY_COMPLIANCE("Security and compliance", "Security, identity, key management, compliance tooling"),
    TAX("Tax", "Taxes (FOCUS ChargeCategory Tax)"),
    OTHER("Other", "Everything no rule places elsewhere");

    private final String label;
    private final String description;

    CostCategory(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public static Optional<CostCategory> byCode(String code) {
        return Arrays.stream(values()).filter(c -> c.name().equals(code)).findFirst();
    }
}
