package io.contactcenter.quality.sampling;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.contactcenter.platform.events.EventParser;
import io.contactcenter.platform.events.IncomingEvent;
import io.contactcenter.platform.events.InvalidEventException;
import io.contactcenter.quality.QualityMetrics;
import io.smallrye.mutiny.Uni;

/**
 * Reads call-events: each contactcenter.call.ended becomes a QA candidate, picked for evaluation or
 * not (see {@link SamplingPolicy}); other call types are
 * acknowledged and skipped. A record that cannot be used is nacked, which sends it to
 * call-events.quality-service.dlq, and consumption goes on.
 */
@ApplicationScoped
public class CallEventsConsumer {

    public static final String CHANNEL = "call-events";
    private static final Logger LOG = Logger.getLogger(CallEventsConsumer.class);

    private final CandidateService candidates;
    private final EventParser parser;
    private final QualityMetrics metrics;

    public CallEventsConsumer(CandidateService candidates, EventParser parser, QualityMetrics metrics) {
        this.candidates = candidates;
        this.parser = parser;
        this.metrics = metrics;
    }

    @Incoming(CHANNEL)
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Uni<Void> consume(Message<String> message) {
        return Uni.createFrom().deferred(() -> handle(IncomingEvent.from(message)))
                .onItemOrFailure().transformToUni((ignored, failure) -> {
                    if (failure == null) {
                        return Uni.createFrom().completionStage(message.ack());
                    }
                    LOG.warnf("call-events record to the dead-letter topic: %s", failure.getMessage());
                    return Uni.createFrom().completionStage(message.nack(failure));
                });
    }

    private Uni<Void> handle(IncomingEvent event) {
        if (event.type() == null) {
            // Every catalog record is a CloudEvent; without a type nobody can tell what it is.
            throw new InvalidEventException("record " + event.id() + " has no ce_type header");
        }
        if (!CallEnded.TYPE.equals(event.type())) {
            return Uni.createFrom().voidItem();
        }
        CallEnded call = parser.parse(event.body(), CallEnded.class);
        return candidates.record(event.id(), call)
                // After the commit: a rolled-back record is not counted.
                .onItem().ifNotNull().invoke(metrics::candidate)
                .replaceWithVoid();
    }
}
