package org.apportion.exports;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * The stored values of an origin charge (a cost line), by export column; a column without a stored value is
 * absent. Of a cost line a restatement has replaced since the run, only the dimensions its parts kept remain.
 */
record OriginCharge(long costLineId, Map<ExportColumn, Object> values) {

    OriginCharge {
        values = Map.copyOf(values);
    }

    String text(ExportColumn column) {
        return (String) values.get(column);
    }

    BigDecimal decimal(ExportColumn column) {
        return (BigDecimal) values.get(column);
    }

    LocalDateTime timestamp(ExportColumn column) {
        return (LocalDateTime) values.get(column);
    }
}
