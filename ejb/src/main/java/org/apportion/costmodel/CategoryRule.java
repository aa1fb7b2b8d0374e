package org.apportion.costmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Puts the cost lines it matches in a category. Rules are tried by ascending priority (then by id); the
 * first that matches decides.
 */
@Entity
@Table(name = "category_rule")
public class CategoryRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "priority", nullable = false)
    private int priority;

    @Enumerated(EnumType.STRING)
    @Column(name = "category_code", nullable = false, length = 32)
    private CostCategory category;

    @Column(name = "service_category")
    private String serviceCategory;

    @Column(name = "service_name")
    private String serviceName;

    @Column(name = "provider_name")
    private String providerName;

    @Column(name = "sku_id")
    private String skuId;

    @Column(name = "charge_category")
    private String chargeCategory;

    @Column(name = "description", length = 1024)
    private String description;

    protected CategoryRule() {
    }

    public CategoryRule(int priority, CategoryMatch match, CostCategory category, String description) {
        apply(priority, match, category, description);
    }

    final void apply(int priority, CategoryMatch match, CostCategory category, String description) {
        this.priority = priority;
        this.category = category;
        this.description = description;
        serviceCategory = match.serviceCategory();
        serviceName = match.serviceName();
        providerName = match.providerName();
        skuId = match.skuId();
        chargeCategory = match.chargeCategory();
    }

    public CategoryMatch match() {
        return new CategoryMatch(serviceCategory, serviceName, providerName, skuId, chargeCategory);
    }

    public Long getId() { return id; }
    public int getPriority() { return priority; }
    public CostCategory getCategory() { return category; }
    public String getDescription() { return description; }
}
