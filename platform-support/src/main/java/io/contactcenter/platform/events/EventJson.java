package io.contactcenter.platform.events;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * The one JSON setup for event bodies, written (outbox) and read (consumers) alike. Times are
 * ISO-8601 UTC with exactly three fraction digits, as the event catalog says
 * ({@code 2026-11-24T10:15:30.000Z}, never {@code ...30Z}); unknown fields are ignored when
 * reading (the catalog's compatibility rule). A copy of the application's mapper, so REST
 * responses keep their own format.
 */
@ApplicationScoped
public class EventJson {

    public static final DateTimeFormatter UTC_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final ObjectMapper mapper;

    public EventJson(ObjectMapper application) {
        this.mapper = configure(application.copy());
    }

    /** For code outside CDI (tests, tools): the same setup on a plain mapper. */
    public static ObjectMapper configure(ObjectMapper mapper) {
        SimpleModule times = new SimpleModule("event-times");
        times.addSerializer(Instant.class, new StdSerializer<>(Instant.class) {
            @Override
            public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(UTC_MILLIS.format(value));
            }
        });
        return mapper.findAndRegisterModules().registerModule(times)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public String write(Object body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event body is not serializable: " + body.getClass().getName(), e);
        }
    }

    /** Throws {@link JsonProcessingException} for a body that is not this type's JSON. */
    public <T> T read(String body, Class<T> type) throws JsonProcessingException {
        return mapper.readValue(body, type);
    }
}
