package org.apportion.costmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A unit costs are charged back to (company, division, team, project), identified by a stable code and
 * placed under its parent's code. Active from a day to a last day (inclusive, open-ended when null).
 */
@Entity
@Table(name = "cost_center")
public class CostCenter {

    /** The cost center of costs no allocation assigns: a root, always active, never deleted. */
    public static final String UNALLOCATED = "UNALLOCATED";
    /** Upper-case letters and digits in groups joined by single '-', '_' or '.', e.g. {@code PLAT-DATA}. */
    public static final Pattern CODE_PATTERN = Pattern.compile("[A-Z0-9]+(?:[-_.][A-Z0-9]+)*");
    public static final int CODE_MAX_LENGTH = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code", nullable = false, length = 64, updatable = false)
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "parent_code", length = 64)
    private String parentCode;

    @Column(name = "owner")
    private String owner;

    @Column(name = "active_from", nullable = false)
    private LocalDate activeFrom;

    @Column(name = "active_to")
    private LocalDate activeTo;

    @Column(name = "description", length = 1024)
    private String description;

    protected CostCenter() {
    }

    public CostCenter(String code, CostCenterDetails details) {
        this.code = code;
        apply(details);
    }

    void apply(CostCenterDetails details) {
        name = details.name();
        parentCode = details.parentCode();
        owner = details.owner();
        activeFrom = details.activeFrom();
        activeTo = details.activeTo();
        description = details.description();
    }

    public boolean isActiveOn(LocalDate day) {
        return !activeFrom.isAfter(day) && (activeTo == null || !activeTo.isBefore(day));
    }

    public boolean isUnallocated() {
        return UNALLOCATED.equals(code);
    }

    public CostCenterDetails details() {
        return new CostCenterDetails(name, parentCode, owner, activeFrom, activeTo, description);
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getParentCode() { return parentCode; }
    public String getOwner() { return owner; }
    public LocalDate getActiveFrom() { return activeFrom; }
    public LocalDate getActiveTo() { return activeTo; }
    public String getDescription() { return description; }
}
