package io.contactcenter.platform.events.consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.contactcenter.platform.events.EventParser;
import io.micrometer.core.instrument.MeterRegistry;

/** Where a service gets its {@link EventConsumer}s, all with the same parser, retry policy and metrics. */
@ApplicationScoped
public class EventConsumers {

    private final EventParser parser;
    private final ConsumerConfig config;
    private final MeterRegistry metrics;
    private final String service;

    public EventConsumers(EventParser parser, ConsumerConfig config, MeterRegistry metrics,
            @ConfigProperty(name = "quarkus.application.name") String service) {
        this.parser = parser;
        this.config = config;
        this.metrics = metrics;
        this.service = service;
    }

    /** A consumer for the incoming channel {@code channel}; its dead-letter topics are named after this service. */
    public EventConsumer.Builder channel(String channel) {
        return new EventConsumer.Builder(channel, service, parser, config.retry(), metrics);
    }
}
