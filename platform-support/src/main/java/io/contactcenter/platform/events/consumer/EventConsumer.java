package io.contactcenter.platform.events.consumer;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import io.contactcenter.platform.events.EventParser;
import io.contactcenter.platform.events.InvalidEventException;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * One way to consume catalog events: dispatch by the {@code ce_type} header to a typed handler, one
 * policy for what cannot be handled, and the inbox dedupe. The service's {@code @Incoming} method
 * only hands its messages to {@link #consume}. Per record:
 * <ul>
 * <li>no {@code ce_id} or {@code ce_type} header: dead-lettered ({@link DeadLetter#MISSING_HEADER});</li>
 * <li>a type without handler: acknowledged and skipped (catalog rule: consumers ignore unknown types);</li>
 * <li>a body that does not parse or validate: dead-lettered ({@link DeadLetter#UNREADABLE_BODY});</li>
 * <li>a body the route's condition refuses: acknowledged and skipped;</li>
 * <li>an event id the inbox has seen: acknowledged, nothing applied;</li>
 * <li>a handler failure: retried with backoff ({@link ConsumerConfig}), then dead-lettered
 * ({@link DeadLetter#HANDLER_FAILED}).</li>
 * </ul>
 * Dead-lettering is SmallRye's {@code dead-letter-queue} failure strategy (the channel must use it)
 * with the topic named here, {@code <topic>.<service>.dlq}, and the cause in {@link DeadLetter#HEADER}.
 * Outcomes are counted as {@code events_consumed_total{channel,type,outcome}}.
 */
public final class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    enum Outcome {
        PROCESSED, SKIPPED, DUPLICATE, IGNORED, DEAD_LETTERED
    }

    private record Route<T>(Class<T> bodyType, Predicate<? super T> when, EventHandler<T> handler) {
    }

    /** A record that goes to the dead-letter topic, and why. */
    static final class Rejected extends RuntimeException {
        final DeadLetter kind;

        Rejected(DeadLetter kind, String message, Throwable cause) {
            super(message, cause);
            this.kind = kind;
        }
    }

    private final String channel;
    private final String service;
    private final Map<String, Route<?>> routes;
    private final Inbox inbox;
    private final String inboxName;
    private final EventParser parser;
    private final ConsumerConfig.Retry retry;
    private final MeterRegistry metrics;

    private EventConsumer(Builder b) {
        this.channel = b.channel;
        this.service = b.service;
        this.routes = Map.copyOf(b.routes);
        this.inbox = b.inbox;
        this.inboxName = b.inboxName;
        this.parser = b.parser;
        this.retry = b.retry;
        this.metrics = b.metrics;
    }

    /** Acknowledges the message when handled or skipped, nacks it to the dead-letter topic otherwise. */
    public Uni<Void> consume(Message<String> message) {
        IncomingKafkaRecordMetadata<?, ?> record = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .orElseThrow(() -> new IllegalStateException("channel " + channel + " is not a Kafka channel"));
        String type = header(record.getHeaders(), "ce_type");
        return Uni.createFrom().deferred(() -> dispatch(envelope(record, message.getPayload(), type)))
                .onItemOrFailure().transformToUni((outcome, failure) -> {
                    if (failure == null) {
                        count(type, outcome);
                        return Uni.createFrom().completionStage(message.ack());
                    }
                    return deadLetter(message, record, type, failure);
                });
    }

    private static EventEnvelope envelope(IncomingKafkaRecordMetadata<?, ?> record, String body, String type) {
        String id = header(record.getHeaders(), "ce_id");
        if (id == null || type == null) {
            // The catalog promises a CloudEvents envelope on every record: without an id there is no dedupe,
            // without a type nobody can tell what the body is.
            throw new Rejected(DeadLetter.MISSING_HEADER, "record has no " + (id == null ? "ce_id" : "ce_type")
                    + " header", null);
        }
        return new EventEnvelope(id, type, record.getTopic(), record.getPartition(), record.getOffset(),
                Objects.toString(record.getKey(), null), body);
    }

    private Uni<Outcome> dispatch(EventEnvelope event) {
        Route<?> route = routes.get(event.type());
        if (route == null) {
            LOG.debugf("%s: ignoring %s of type %s", channel, event.id(), event.type());
            return Uni.createFrom().item(Outcome.IGNORED);
        }
        return apply(route, event);
    }

    private <T> Uni<Outcome> apply(Route<T> route, EventEnvelope event) {
        T body;
        try {
            body = parser.parse(event.body(), route.bodyType());
        } catch (InvalidEventException e) {
            throw new Rejected(DeadLetter.UNREADABLE_BODY, e.getMessage(), e);
        }
        if (!route.when().test(body)) {
            return Uni.createFrom().item(Outcome.SKIPPED);
        }
        AtomicReference<AfterCommit> after = new AtomicReference<>();
        Supplier<Uni<Void>> work = () -> {
            after.set(null);
            return route.handler().handle(event, body).invoke(after::set).replaceWithVoid();
        };
        Uni<Boolean> applied = inbox == null ? Uni.createFrom().deferred(work::get).replaceWith(true)
                : Uni.createFrom().deferred(() -> inbox.once(inboxName, event.id(), work));
        return withRetries(applied, event).map(first -> {
            if (!first) {
                return Outcome.DUPLICATE;
            }
            AfterCommit committed = after.get();
            if (committed != null) {
                committed.run();
            }
            return Outcome.PROCESSED;
        });
    }

    private Uni<Boolean> withRetries(Uni<Boolean> applied, EventEnvelope event) {
        Uni<Boolean> attempts = applied.onFailure(EventConsumer::retryable).invoke(f -> LOG.debugf(
                "%s: %s (%s) failed, may retry: %s", channel, event.id(), event.type(), f.getMessage()));
        if (retry.maxRetries() > 0) {
            attempts = attempts.onFailure(EventConsumer::retryable).retry()
                    .withBackOff(retry.initialBackoff(), retry.maxBackoff()).atMost(retry.maxRetries());
        }
        return attempts.onFailure(f -> !(f instanceof Rejected)).transform(f -> new Rejected(DeadLetter.HANDLER_FAILED,
                retryable(f) ? "failed after " + (retry.maxRetries() + 1) + " attempts: " + f.getMessage()
                        : f.getMessage(),
                f));
    }

    /** A refused event stays refused; anything else (database, Redis, broker hiccups) may pass next time. */
    private static boolean retryable(Throwable f) {
        return !(f instanceof InvalidEventException) && !(f instanceof Rejected);
    }

    private Uni<Void> deadLetter(Message<String> message, IncomingKafkaRecordMetadata<?, ?> record, String type,
            Throwable failure) {
        Rejected rejected = failure instanceof Rejected r ? r
                : new Rejected(DeadLetter.HANDLER_FAILED, failure.getMessage(), failure);
        String topic = DeadLetter.topic(record.getTopic(), service);
        LOG.warnf("%s: record %s/%d@%d key %s to %s (%s): %s", channel, record.getTopic(), record.getPartition(),
                record.getOffset(), record.getKey(), topic, rejected.kind.code(), rejected.getMessage());
        count(type, Outcome.DEAD_LETTERED);
        Headers headers = new RecordHeaders().add(DeadLetter.HEADER, rejected.kind.code().getBytes(StandardCharsets.UTF_8));
        OutgoingKafkaRecordMetadata<Object> dlq = OutgoingKafkaRecordMetadata.builder().withTopic(topic)
                .withHeaders(headers).build();
        return Uni.createFrom().completionStage(message.nack(rejected, Metadata.of(dlq)));
    }

    private void count(String type, Outcome outcome) {
        metrics.counter("events.consumed", "channel", channel, "type", type == null ? "none" : type,
                "outcome", outcome.name()).increment();
    }

    private static String header(Headers headers, String name) {
        Header h = headers.lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** Built by {@link EventConsumers#channel}. */
    public static final class Builder {
        private final String channel;
        private final String service;
        private final EventParser parser;
        private final ConsumerConfig.Retry retry;
        private final MeterRegistry metrics;
        private final Map<String, Route<?>> routes = new LinkedHashMap<>();
        private Inbox inbox;
        private String inboxName;

        Builder(String channel, String service, EventParser parser, ConsumerConfig.Retry retry, MeterRegistry metrics) {
            this.channel = channel;
            this.service = service;
            this.parser = parser;
            this.retry = retry;
            this.metrics = metrics;
        }

        /** Handles {@code type} with a body read as {@code bodyType} (validated with its constraints). */
        public <T> Builder on(String type, Class<T> bodyType, EventHandler<T> handler) {
            return on(type, bodyType, body -> true, handler);
        }

        /**
         * As {@link #on(String, Class, EventHandler)} for the events {@code when} accepts; the others are
         * acknowledged as SKIPPED before the inbox is asked, so a consumer that acts on few events of a type
         * keeps no inbox row for the rest.
         */
        public <T> Builder on(String type, Class<T> bodyType, Predicate<? super T> when, EventHandler<T> handler) {
            if (routes.putIfAbsent(type, new Route<>(bodyType, when, handler)) != null) {
                throw new IllegalArgumentException(channel + ": two handlers for " + type);
            }
            return this;
        }

        /**
         * Applies each event id once: {@code inbox} runs the handler in its unit of work and remembers the id
         * under {@code consumerName}. Without an inbox the handlers must be idempotent on their own.
         */
        public Builder deduplicate(Inbox inbox, String consumerName) {
            this.inbox = inbox;
            this.inboxName = consumerName;
            return this;
        }

        public EventConsumer build() {
            // Without the DLQ strategy a nack stops the channel: fail at start-up, not on the first poison record.
            String strategy = ConfigProvider.getConfig()
                    .getOptionalValue("mp.messaging.incoming." + channel + ".failure-strategy", String.class)
                    .orElse("fail");
            if (!"dead-letter-queue".equals(strategy)) {
                throw new IllegalStateException("mp.messaging.incoming." + channel
                        + ".failure-strategy must be dead-letter-queue, is " + strategy);
            }
            return new EventConsumer(this);
        }
    }
}
