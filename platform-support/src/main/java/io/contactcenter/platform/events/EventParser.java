package io.contactcenter.platform.events;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Parses and validates an event body. Consumers read bodies as strings and parse here, so a
 * poison record becomes an {@link InvalidEventException} (dead-letter topic) instead of a
 * deserializer failure that would stop the partition.
 */
@ApplicationScoped
public class EventParser {

    private final EventJson json;
    private final Validator validator;

    public EventParser(EventJson json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    public <T> T parse(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw new InvalidEventException("empty body for " + type.getSimpleName());
        }
        T event;
        try {
            event = json.read(body, type);
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
