package io.contactcenter.ticket.intake;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.contactcenter.platform.events.consumer.AfterCommit;
import io.contactcenter.platform.events.consumer.EventConsumer;
import io.contactcenter.platform.events.consumer.EventConsumers;
import io.contactcenter.platform.events.consumer.EventEnvelope;
import io.contactcenter.platform.inbox.ProcessedEvents;
import io.contactcenter.ticket.ticket.Registration;
import io.contactcenter.ticket.ticket.TicketMetrics;
import io.smallrye.mutiny.Uni;

/**
 * Reads call-events: an ended call with disposition COMPLAINT, FAULT or REQUEST opens a ticket, and
 * so does a callback request (routing overflow). Dispatch, dedupe, retries and the dead-letter
 * topic are the platform's {@link EventConsumer}.
 */
@ApplicationScoped
public class CallEventsConsumer {

    public static final String CHANNEL = "call-events";
    /** The name under which processed event ids are remembered (kept from before the shared consumer). */
    static final String INBOX = "ticket-service";
    private static final Logger LOG = Logger.getLogger(CallEventsConsumer.class);

    private final CallIntake intake;
    private final TicketMetrics metrics;
    private final EventConsumer consumer;

    public CallEventsConsumer(EventConsumers consumers, ProcessedEvents inbox, CallIntake intake,
            TicketMetrics metrics) {
        this.intake = intake;
        this.metrics = metrics;
        this.consumer = consumers.channel(CHANNEL)
                .deduplicate(inbox, INBOX)
                .on(CallEnded.TYPE, CallEnded.class, CallTickets::opensTicket,
                        (event, call) -> open(event, CallTickets.ticketFor(call).orElseThrow()))
                .on(CallbackRequested.TYPE, CallbackRequested.class,
                        (event, callback) -> open(event, CallTickets.callbackTicket(callback)))
                .build();
    }

    @Incoming(CHANNEL)
    public Uni<Void> consume(Message<String> message) {
        return consumer.consume(message);
    }

    private Uni<AfterCommit> open(EventEnvelope event, Registration ticket) {
        return intake.open(ticket).map(result -> switch (result.outcome()) {
            case CREATED -> () -> {
                metrics.record(result.changes());
                LOG.infof("ticket %s opened from call %s (%s %s)", result.ticket().id(), ticket.sourceContactId(),
                        result.ticket().type(), event.type());
            };
            case ALREADY_OPEN -> () -> metrics.intakeSkipped("call-has-ticket");
        });
    }
}
