package org.apportion.imports;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DateLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DecimalLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.IntLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.ListLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.MapKeyValueTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.MapLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimestampLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.UUIDLogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * Renders a Parquet record as the text values a bill's columns are read from, one per top-level field.
 * Decimals come out exact (never through a double); timestamps as ISO 8601 (with {@code Z} when the column is
 * UTC-adjusted); dates as {@code yyyy-MM-dd}; maps, lists and structs as compact JSON; absent values as null.
 */
final class ParquetValues {

    private static final long JULIAN_DAY_OF_EPOCH = 2_440_588;

    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);

    /** The record's top-level values, in schema order. */
    List<String> of(Group record) {
        GroupType type = record.getType();
        List<String> values = new ArrayList<>(type.getFieldCount());
        for (int field = 0; field < type.getFieldCount(); field++) {
            try {
                values.add(text(record, field));
            } catch (BadValue e) {
                throw new BadValue("column " + type.getFieldName(field) + " " + e.getMessage());
            }
        }
        return values;
    }

    private String text(Group group, int field) {
        Type type = group.getType().getType(field);
        if (type.isRepetition(Type.Repetition.REPEATED)) {
            return json(group, field).toString();
        }
        if (group.getFieldRepetitionCount(field) == 0) {
            return null;
        }
        return type.isPrimitive()
                ? primitive(group, field, 0, type.asPrimitiveType())
                : nested(group.getGroup(field, 0)).toString();
    }

    // ---- nested values as JSON

    /** A field of a nested group: null, one value, or an array for a repeated field. */
    private JsonValue json(Group group, int field) {
        Type type = group.getType().getType(field);
        int count = group.getFieldRepetitionCount(field);
        if (type.isRepetition(Type.Repetition.REPEATED)) {
            JsonArrayBuilder array = RowValues.JSON.createArrayBuilder();
            for (int i = 0; i < count; i++) {
                array.add(element(group, field, i, type));
            }
            return array.build();
        }
        return count == 0 ? JsonValue.NULL : element(group, field, 0, type);
    }

    private JsonValue element(Group group, int field, int index, Type type) {
        return type.isPrimitive()
                ? primitiveJson(group, field, index, type.asPrimitiveType())
                : nested(group.getGroup(field, index));
    }

    private JsonValue nested(Group group) {
        LogicalTypeAnnotation logical = group.getType().getLogicalTypeAnnotation();
        if (logical instanceof MapLogicalTypeAnnotation || logical instanceof MapKeyValueTypeAnnotation) {
            return map(group);
        }
        if (logical instanceof ListLogicalTypeAnnotation) {
            return list(group);
        }
        JsonObjectBuilder struct = RowValues.JSON.createObjectBuilder();
        for (int field = 0; field < group.getType().getFieldCount(); field++) {
            struct.add(group.getType().getFieldName(field), json(group, field));
        }
        return struct.build();
    }

    /** A MAP: its repeated key_value group's entries as a JSON object. */
    private JsonValue map(Group map) {
        JsonObjectBuilder object = RowValues.JSON.createObjectBuilder();
        for (int i = 0; i < map.getFieldRepetitionCount(0); i++) {
            Group entry = map.getGroup(0, i);
            String key = primitive(entry, 0, 0, entry.getType().getType(0).asPrimitiveType());
            object.add(key, entry.getType().getFieldCount() > 1 ? json(entry, 1) : JsonValue.NULL);
        }
        return object.build();
    }

    /** A LIST: the standard three levels (repeated group holding one element field), or a legacy two. */
    private JsonValue list(Group list) {
        Type repeated = list.getType().getType(0);
        boolean wrapsElement = !repeated.isPrimitive() && repeated.asGroupType().getFieldCount() == 1;
        JsonArrayBuilder array = RowValues.JSON.createArrayBuilder();
        for (int i = 0; i < list.getFieldRepetitionCount(0); i++) {
            array.add(wrapsElement ? json(list.getGroup(0, i), 0) : element(list, 0, i, repeated));
        }
        return array.build();
    }

    private JsonValue primitiveJson(Group group, int field, int index, PrimitiveType type) {
        String text = primitive(group, field, index, type);
        if (type.getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.BOOLEAN) {
            return Boolean.parseBoolean(text) ? JsonValue.TRUE : JsonValue.FALSE;
        }
        return isNumber(type) && isFinite(text)
                ? RowValues.JSON.createValue(new BigDecimal(text)) : RowValues.JSON.createValue(text);
    }

    private static boolean isNumber(PrimitiveType type) {
        LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
        return switch (type.getPrimitiveTypeName()) {
            case INT32, INT64 -> logical == null || logical instanceof IntLogicalTypeAnnotation
                    || logical instanceof DecimalLogicalTypeAnnotation;
            case FLOAT, DOUBLE -> true;
            case BINARY, FIXED_LEN_BYTE_ARRAY -> logical instanceof DecimalLogicalTypeAnnotation;
            default -> false;
        };
    }

    private static boolean isFinite(String number) {
        return !number.endsWith("NaN") && !number.endsWith("Infinity");
    }

    // ---- primitive values as text

    private String primitive(Group group, int field, int index, PrimitiveType type) {
        LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
        return switch (type.getPrimitiveTypeName()) {
            case BOOLEAN -> Boolean.toString(group.getBoolean(field, index));
            case INT32 -> int32(group.getInteger(field, index), logical);
            case INT64 -> int64(group.getLong(field, index), logical);
            case INT96 -> int96(group.getInt96(field, index));
            case FLOAT -> floatText(group.getFloat(field, index));
            case DOUBLE -> doubleText(group.getDouble(field, index));
            case BINARY, FIXED_LEN_BYTE_ARRAY -> binary(group.getBinary(field, index), logical);
        };
    }

    private static String int32(int value, LogicalTypeAnnotation logical) {
        if (logical instanceof DecimalLogicalTypeAnnotation decimal) {
            return BigDecimal.valueOf(value, decimal.getScale()).toPlainString();
        }
        if (logical instanceof DateLogicalTypeAnnotation) {
            return LocalDate.ofEpochDay(value).toString();
        }
        if (logical instanceof TimeLogicalTypeAnnotation) {
            return LocalTime.ofNanoOfDay(value * 1_000_000L).format(DateTimeFormatter.ISO_LOCAL_TIME);
        }
        if (logical instanceof IntLogicalTypeAnnotation integer && !integer.isSigned()) {
            return Integer.toUnsignedString(value);
        }
        return Integer.toString(value);
    }

    private static String int64(long value, LogicalTypeAnnotation logical) {
        if (logical instanceof DecimalLogicalTypeAnnotation decimal) {
            return BigDecimal.valueOf(value, decimal.getScale()).toPlainString();
        }
        if (logical instanceof TimestampLogicalTypeAnnotation timestamp) {
            return timestamp(instant(value, timestamp.getUnit()), timestamp.isAdjustedToUTC());
        }
        if (logical instanceof TimeLogicalTypeAnnotation time) {
            long nanos = time.getUnit() == TimeUnit.NANOS ? value : value * 1_000L;
            return LocalTime.ofNanoOfDay(nanos).format(DateTimeFormatter.ISO_LOCAL_TIME);
        }
        if (logical instanceof IntLogicalTypeAnnotation integer && !integer.isSigned()) {
            return Long.toUnsignedString(value);
        }
        return Long.toString(value);
    }

    private static Instant instant(long value, TimeUnit unit) {
        return switch (unit) {
            case MILLIS -> Instant.ofEpochMilli(value);
            case MICROS -> Instant.ofEpochSecond(Math.floorDiv(value, 1_000_000L), Math.floorMod(value, 1_000_000L) * 1_000L);
            case NANOS -> Instant.ofEpochSecond(Math.floorDiv(value, 1_000_000_000L), Math.floorMod(value, 1_000_000_000L));
        };
    }

    /** UTC-adjusted instants end in Z; local date-times (no zone known) are written without one. */
    private static String timestamp(Instant instant, boolean utc) {
        return utc ? DateTimeFormatter.ISO_INSTANT.format(instant)
                : LocalDateTime.ofInstant(instant, ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    }

    /** The legacy INT96 timestamp (Hive, Impala, Spark, Athena): nanoseconds of the day, then the Julian day. */
    private static String int96(Binary value) {
        ByteBuffer bytes = value.toByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
        long nanosOfDay = bytes.getLong();
        long day = bytes.getInt() - JULIAN_DAY_OF_EPOCH;
        Instant instant = Instant.ofEpochSecond(Math.multiplyExact(day, 86_400L)).plusNanos(nanosOfDay);
        return timestamp(instant, true);
    }

    /** Through the float's own shortest text: widening it to a double first would add digits it never had. */
    private static String floatText(float value) {
        return Float.isFinite(value) ? new BigDecimal(Float.toString(value)).toPlainString() : Float.toString(value);
    }

    /** The shortest decimal that reads back as the same double; exact money comes as DECIMAL, not DOUBLE. */
    private static String doubleText(double value) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).toPlainString() : Double.toString(value);
    }

    private String binary(Binary value, LogicalTypeAnnotation logical) {
        if (logical instanceof DecimalLogicalTypeAnnotation decimal) {
            return new BigDecimal(new BigInteger(value.getBytes()), decimal.getScale()).toPlainString();
        }
        if (logical instanceof UUIDLogicalTypeAnnotation) {
            ByteBuffer bytes = value.toByteBuffer();
            return new UUID(bytes.getLong(), bytes.getLong()).toString();
        }
        // STRING, ENUM, JSON, and binary columns without an annotation (older writers' strings).
        try {
            return utf8.decode(value.toByteBuffer()).toString();
        } catch (CharacterCodingException e) {
            throw new BadValue("holds text that is not UTF-8");
        }
    }

    /** A value that cannot be rendered as text; its message completes "column X ...". */
    static final class BadValue extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadValue(String problem) {
            super(problem);
        }
    }
}
