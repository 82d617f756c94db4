package io.contactcenter.platform.events;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Parses and validates an event body. Consumers read bodies as strings and parse here, so a
 * poison record becomes an {@link InvalidEventException} (nack, dead-letter topic) instead of a
 * deserializer failure that would stop the partition.
 */
@ApplicationScoped
public class EventParser {

    private final ObjectMapper mapper;
    private final Validator validator;

    public EventParser(ObjectMapper mapper, Validator validator) {
        // Consumers tolerate fields added by newer producers (see the event catalog's compatibility rule).
        this.mapper = mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.validator = validator;
    }

    public <T> T parse(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw new InvalidEventException("empty body for " + type.getSimpleName());
        }
        T event;
        try {
            event = mapper.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("unreadable " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(event);
        if (!violations.isEmpty()) {
            throw new InvalidEventException("invalid " + type.getSimpleName() + ": " + violations.stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted().collect(Collectors.joining(", ")));
        }
        return event;
    }
}
