package io.contactcenter.recognition.rate;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.contactcenter.platform.events.consumer.AfterCommit;
import io.contactcenter.platform.events.consumer.EventConsumer;
import io.contactcenter.platform.events.consumer.EventConsumers;
import io.smallrye.mutiny.Uni;

/**
 * Reads call-events: each contactcenter.call.ended is one handled contact of its agent and team
 * (praise rate, team sizes). Dispatch, retries and the dead-letter topic are the platform's
 * {@link EventConsumer}. No inbox: {@link ContactCounter} counts a contact id once in Redis.
 */
@ApplicationScoped
public class CallEventsConsumer {

    public static final String CHANNEL = "call-events";

    private final EventConsumer consumer;

    public CallEventsConsumer(EventConsumers consumers, ContactCounter counter) {
        this.consumer = consumers.channel(CHANNEL)
                .on(CallEnded.TYPE, CallEnded.class, (event, call) -> counter.count(call).replaceWith(AfterCommit.NOTHING))
                .build();
    }

    @Incoming(CHANNEL)
    public Uni<Void> consume(Message<String> message) {
        return consumer.consume(message);
    }
}
