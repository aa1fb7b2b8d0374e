package org.apportion.costmodel;

import java.time.LocalDate;

/**
 * What can be said of a cost center besides its code (which never changes): its name, its parent's code
 * (null for a root), owner (a user name or e-mail), active days (last day inclusive, null: open-ended).
 */
public record CostCenterDetails(String name, String parentCode, String owner, LocalDate activeFrom,
                                LocalDate activeTo, String description) {
}
