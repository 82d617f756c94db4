package io.contactcenter.quality.sampling;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.contactcenter.platform.events.consumer.AfterCommit;
import io.contactcenter.platform.events.consumer.EventConsumer;
import io.contactcenter.platform.events.consumer.EventConsumers;
import io.contactcenter.platform.inbox.ProcessedEvents;
import io.contactcenter.quality.QualityMetrics;
import io.smallrye.mutiny.Uni;

/**
 * Reads call-events: each contactcenter.call.ended becomes a QA candidate, picked for evaluation or
 * not (see {@link SamplingPolicy}). Dispatch, dedupe, retries and the dead-letter topic are the
 * platform's {@link EventConsumer}.
 */
@ApplicationScoped
public class CallEventsConsumer {

    public static final String CHANNEL = "call-events";
    /** The name under which processed event ids are remembered (kept from before the shared consumer). */
    static final String INBOX = "quality-service.sampling";

    private final EventConsumer consumer;

    public CallEventsConsumer(EventConsumers consumers, ProcessedEvents inbox, CandidateService candidates,
            QualityMetrics metrics) {
        this.consumer = consumers.channel(CHANNEL)
                .deduplicate(inbox, INBOX)
                .on(CallEnded.TYPE, CallEnded.class, (event, call) -> candidates.record(call)
                        // Counted after the commit: a rolled-back record is not counted.
                        .map(candidate -> candidate == null ? AfterCommit.NOTHING : () -> metrics.candidate(candidate)))
                .build();
    }

    @Incoming(CHANNEL)
    public Uni<Void> consume(Message<String> message) {
        return consumer.consume(message);
    }
}
