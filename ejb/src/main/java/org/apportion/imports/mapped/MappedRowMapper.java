package org.apportion.imports.mapped;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apportion.imports.BillRecord;
import org.apportion.imports.CostLine;
import org.apportion.imports.InvalidBillRowException;
import org.apportion.imports.RowProblem;
import org.apportion.imports.RowValues;
import org.apportion.imports.focus.FocusColumn;
import org.apportion.imports.focus.FocusHeader;
import org.apportion.imports.focus.FocusRowMapper;
import static org.apportion.imports.focus.FocusColumn.*;

/**
 * Rewrites each row as a FOCUS row (source columns and constants in FOCUS places, dates as ISO 8601, amounts
 * without currency symbols, defaults for what the mapping leaves out) and lets the FOCUS mapper check and
 * map it. Problems name the source column the user can correct, not the FOCUS column it fed.
 */
final class MappedRowMapper {

    private static final FocusColumn[] FOCUS = FocusColumn.values();
    private static final Pattern MONEY =
            Pattern.compile("([+-]?)\\s*[$€£¥]?\\s*([+-]?)(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?");

    private final MappingDefinition mapping;
    private final int sourceColumns;
    private final Map<FocusColumn, Integer> sourcePositions = new EnumMap<>(FocusColumn.class);
    private final Map<FocusColumn, String> constants = new EnumMap<>(FocusColumn.class);
    private final List<Integer> extraPositions = new ArrayList<>();
    private final List<String> header;
    private final DateTimeFormatter dateFormat;
    private final FocusRowMapper focusMapper;

    MappedRowMapper(MappingDefinition mapping, List<String> header) {
        this.mapping = mapping;
        this.header = header;
        this.sourceColumns = header.size();
        this.dateFormat = mapping.dateFormat() == null ? null : DateTimeFormatter.ofPattern(mapping.dateFormat());
        for (FocusColumn column : FOCUS) {
            String source = mapping.columns().get(column.header());
            boolean constant = mapping.constants().containsKey(column.header());
            if (source == null && !constant && mapping.sameNames() && header.contains(column.header())) {
                source = column.header();
            }
            if (source != null) {
                sourcePositions.put(column, header.indexOf(source));
            } else if (constant) {
                constants.put(column, mapping.constants().get(column.header()));
            }
        }
        this.focusMapper = new FocusRowMapper(FocusHeader.of(focusHeader()));
    }

    /** Every FOCUS column, then the source columns that feed none of them (kept as provider extras). */
    private List<String> focusHeader() {
        List<String> names = new ArrayList<>(Arrays.stream(FOCUS).map(FocusColumn::header).toList());
        Set<Integer> used = new HashSet<>(sourcePositions.values());
        Set<String> taken = new HashSet<>(names);
        for (int i = 0; i < header.size(); i++) {
            if (!used.contains(i) && !header.get(i).isBlank()) {
                String name = taken.contains(header.get(i)) ? "x_" + header.get(i) : header.get(i);
                if (taken.add(name)) {
                    extraPositions.add(i);
                    names.add(name);
                }
            }
        }
        return names;
    }

    CostLine toCostLine(long importBatchId, BillRecord record) throws InvalidBillRowException {
        record.requireColumns(sourceColumns);
        List<RowProblem> problems = new ArrayList<>();
        String[] values = new String[FOCUS.length + extraPositions.size()];
        for (FocusColumn column : FOCUS) {
            values[column.ordinal()] = converted(column, record, problems);
        }
        applyDefaults(values);
        for (int i = 0; i < extraPositions.size(); i++) {
            values[FOCUS.length + i] = record.value(extraPositions.get(i));
        }
        try {
            CostLine line = focusMapper.toCostLine(importBatchId, new BillRecord(record.line(), Arrays.asList(values)));
            if (problems.isEmpty()) {
                return line;
            }
        } catch (InvalidBillRowException e) {
            Set<String> reported = new HashSet<>(problems.stream().map(RowProblem::column).toList());
            // A derived value (EffectiveCost from BilledCost...) is wrong only because its source is: say it once.
            e.problems().stream().filter(this::concernsFedColumn).map(this::inSourceTerms)
                    .filter(p -> !reported.contains(p.column())).forEach(problems::add);
        }
        throw new InvalidBillRowException(problems);
    }

    private String converted(FocusColumn column, BillRecord record, List<RowProblem> problems) {
        Integer position = sourcePositions.get(column);
        String value = RowValues.nullIfEmpty(position != null ? record.value(position) : constants.get(column));
        Map<String, String> translation = mapping.values().get(column.header());
        if (value != null && translation != null) {
            value = translation.getOrDefault(value, value);
        }
        if (value == null) {
            value = mapping.defaults().get(column.header());
        }
        if (value == null) {
            return null;
        }
        if (column.kind() == FocusColumn.Kind.DATETIME) {
            return isoDateTime(value, column, record, problems);
        }
        if (column.kind() == FocusColumn.Kind.DECIMAL && mapping.currencySymbols()) {
            return plainAmount(value);
        }
        return value;
    }

    private String isoDateTime(String value, FocusColumn column, BillRecord record, List<RowProblem> problems) {
        try {
            return RowValues.parseUtc(value).toString();
        } catch (DateTimeException notIso) {
            if (dateFormat != null) {
                try {
                    TemporalAccessor parsed = dateFormat.parseBest(value, LocalDateTime::from, LocalDate::from);
                    return (parsed instanceof LocalDate day ? day.atStartOfDay() : (LocalDateTime) parsed).toString();
                } catch (DateTimeException notInFormat) {
                    // reported below
                }
            }
            String expected = dateFormat == null ? "ISO 8601" : mapping.dateFormat() + " or ISO 8601";
            problems.add(new RowProblem(record.line(), sourceName(column), value, "not a date (expected " + expected + ")"));
            return null;
        }
    }

    /** {@code "$50,000.00 "} → {@code 50000.00}; anything else is left for the FOCUS mapper to judge. */
    private static String plainAmount(String value) {
        Matcher money = MONEY.matcher(value);
        if (!money.matches() || !money.group(1).isEmpty() && !money.group(2).isEmpty()) {
            return value;
        }
        String sign = money.group(1) + money.group(2);
        String fraction = money.group(4) == null ? "" : money.group(4);
        return sign + money.group(3).replace(",", "") + fraction;
    }

    /** What FOCUS requires and the mapping leaves out, derived from what it gives. */
    private void applyDefaults(String[] values) {
        String chargeStart = values[CHARGE_PERIOD_START.ordinal()];
        LocalDateTime start = chargeStart == null ? null : LocalDateTime.parse(chargeStart);
        if (start != null) {
            LocalDateTime month = start.toLocalDate().withDayOfMonth(1).atStartOfDay();
            defaultTo(values, CHARGE_PERIOD_END, start.plusDays(1).toString());
            defaultTo(values, BILLING_PERIOD_START, month.toString());
            defaultTo(values, BILLING_PERIOD_END, month.plusMonths(1).toString());
        }
        String billed = values[BILLED_COST.ordinal()];
        defaultTo(values, EFFECTIVE_COST, billed);
        defaultTo(values, CONTRACTED_COST, billed);
        defaultTo(values, LIST_COST, billed);
        defaultTo(values, CHARGE_CATEGORY, "Usage");
        defaultTo(values, SERVICE_CATEGORY, "Other");
        String provider = values[PROVIDER_NAME.ordinal()];
        defaultTo(values, SERVICE_PROVIDER_NAME, provider);
        defaultTo(values, INVOICE_ISSUER_NAME, provider);
        defaultTo(values, PUBLISHER_NAME, provider);
    }

    private void defaultTo(String[] values, FocusColumn column, String value) {
        if (!isFed(column)) {
            values[column.ordinal()] = value;
        }
    }

    private boolean isFed(FocusColumn column) {
        return sourcePositions.containsKey(column) || constants.containsKey(column)
                || mapping.defaults().containsKey(column.header());
    }

    private boolean concernsFedColumn(RowProblem problem) {
        return FocusColumn.byHeader(problem.column()).map(this::isFed).orElse(true);
    }

    private RowProblem inSourceTerms(RowProblem problem) {
        return FocusColumn.byHeader(problem.column())
                .map(column -> new RowProblem(problem.line(), sourceName(column), problem.value(), problem.reason()))
                .orElse(problem);
    }

    /** The column the user would correct: the source column, or the mapping's constant, or the default. */
    private String sourceName(FocusColumn column) {
        Integer position = sourcePositions.get(column);
        if (position != null) {
            return header.get(position);
        }
        return constants.containsKey(column) ? "constant " + column.header() : column.header() + " (default)";
    }
}
