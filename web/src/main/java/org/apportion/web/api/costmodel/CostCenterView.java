package org.apportion.web.api.costmodel;

import java.time.LocalDate;
import org.apportion.costmodel.CostCenter;

/** A cost center as the API shows it; dates YYYY-MM-DD, {@code activeTo} the last active day or null. */
public record CostCenterView(String code, String name, String parentCode, String owner, String activeFrom,
                             String activeTo, String description) {

    static CostCenterView of(CostCenter center) {
        return new CostCenterView(center.getCode(), center.getName(), center.getParentCode(), center.getOwner(),
                text(center.getActiveFrom()), text(center.getActiveTo()), center.getDescription());
    }

    static String text(LocalDate day) {
        return day == null ? null : day.toString();
    }
}
