package io.contactcenter.platform.input;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * What JSON input may hold, checked as it is read, so the problem names the field (the failure is an
 * {@link InvalidFormatException}, which carries its path):
 * <ul>
 * <li>every string (fields, list items, map keys and values) passes {@link InputRules#isAcceptableText}: a
 * NUL escaped as {@code \u0000} is valid JSON, but PostgreSQL refuses it and the insert was a 500;</li>
 * <li>every date and time is within {@link InputRules#isPlausibleTime}: {@code -999999999-01-01} is a valid
 * {@code LocalDate}, but converting it to epoch milliseconds overflowed.</li>
 * </ul>
 */
public class JsonInputModule extends SimpleModule {

    private static final Set<Class<?>> TIMES = Set.of(Instant.class, LocalDate.class, LocalDateTime.class,
            OffsetDateTime.class, ZonedDateTime.class);

    public JsonInputModule() {
        super("json-input");
        addDeserializer(String.class, new CheckedStrings());
        addKeyDeserializer(String.class, new CheckedKeys());
        setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                return TIMES.contains(description.getBeanClass()) ? new CheckedTimes(deserializer) : deserializer;
            }
        });
    }

    /** Delegates rather than extends, so Jackson never takes it for its own standard one and bypasses it. */
    static final class CheckedStrings extends StdScalarDeserializer<String> {
        CheckedStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            if (value != null && !InputRules.isAcceptableText(value)) {
                throw InvalidFormatException.from(p, InputRules.TEXT_PROBLEM, value, String.class);
            }
            return value;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public boolean isCachable() {
            return true;
        }

        @Override
        public Object getEmptyValue(DeserializationContext ctxt) {
            return "";
        }
    }

    static final class CheckedKeys extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
            if (!InputRules.isAcceptableText(key)) {
                throw InvalidFormatException.from(ctxt.getParser(), InputRules.TEXT_PROBLEM, key, String.class);
            }
            return key;
        }
    }

    /** Wraps Jackson's own java.time reader (its formats and settings stay), then checks the year. */
    static final class CheckedTimes extends DelegatingDeserializer {
        CheckedTimes(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new CheckedTimes(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Object value = super.deserialize(p, ctxt);
            if (value instanceof TemporalAccessor time && !InputRules.isPlausibleTime(time)) {
                throw InvalidFormatException.from(p, InputRules.TIME_PROBLEM, value, handledType());
            }
            return value;
        }
    }
}
