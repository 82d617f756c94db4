package io.contactcenter.platform.input;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Puts {@link JsonInputModule} on the application's mapper: request bodies, and event bodies (EventJson
 * copies this mapper), so an event with a NUL is dead-lettered as unreadable rather than failing its
 * handler on every retry.
 */
@Singleton
public class JsonInputCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new JsonInputModule());
    }
}
