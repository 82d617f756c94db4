package io.contactcenter.ticket.intake;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.contactcenter.platform.events.EventParser;
import io.contactcenter.platform.events.IncomingEvent;
import io.contactcenter.platform.events.InvalidEventException;
import io.contactcenter.ticket.ticket.Registration;
import io.contactcenter.ticket.ticket.TicketMetrics;
import io.contactcenter.ticket.ticket.TicketService;
import io.smallrye.mutiny.Uni;

/**
 * Reads call-events: an ended call with disposition COMPLAINT, FAULT or REQUEST opens a ticket, and
 * so does a callback request (routing overflow). Other event types are acknowledged and skipped; an unusable record is nacked and dead-lettered
 * (call-events.ticket-service.dlq) while consumption goes on.
 */
@ApplicationScoped
public class CallEventsConsumer {

    public static final String CHANNEL = "call-events";
    private static final Logger LOG = Logger.getLogger(CallEventsConsumer.class);

    private final EventParser parser;
    private final CallIntake intake;
    private final TicketMetrics metrics;

    public CallEventsConsumer(EventParser parser, CallIntake intake, TicketMetrics metrics) {
        this.parser = parser;
        this.intake = intake;
        this.metrics = metrics;
    }

    @Incoming(CHANNEL)
    public Uni<Void> consume(Message<String> message) {
        return Uni.createFrom().deferred(() -> handle(IncomingEvent.from(message)))
                .onItemOrFailure().transformToUni((done, failure) -> {
                    if (failure == null) {
                        return Uni.createFrom().completionStage(message.ack());
                    }
                    LOG.warnf("call event dead-lettered: %s", failure.getMessage());
                    return Uni.createFrom().completionStage(message.nack(failure));
                });
    }

    private Uni<Void> handle(IncomingEvent event) {
        if (event.type() == null) {
            // The catalog promises a CloudEvents envelope on every record; without a type we cannot tell what it is.
            throw new InvalidEventException("record " + event.id() + " has no ce_type header");
        }
        String contactId;
        Registration ticket;
        if (CallEnded.TYPE.equals(event.type())) {
            CallEnded call = parser.parse(event.body(), CallEnded.class);
            Optional<Registration> opened = CallTickets.ticketFor(call);
            if (opened.isEmpty()) {
                metrics.intakeSkipped("disposition");
                return Uni.createFrom().voidItem();
            }
            contactId = call.contactId();
            ticket = opened.get();
        } else if (CallbackRequested.TYPE.equals(event.type())) {
            CallbackRequested callback = parser.parse(event.body(), CallbackRequested.class);
            contactId = callback.contactId();
            ticket = CallTickets.callbackTicket(callback);
        } else {
            return Uni.createFrom().voidItem();
        }
        return intake.open(event.id(), ticket)
                // Two events of one call racing past the existence check: the constraint kept it to one ticket.
                .onFailure(TicketService::isSecondTicketForContact)
                .recoverWithItem(new CallIntake.Result(CallIntake.Outcome.ALREADY_OPEN, null, java.util.List.of()))
                // The database may be briefly unavailable: retry a few times before giving up on the record.
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(2)).atMost(3)
                .invoke(result -> {
                    switch (result.outcome()) {
                        case CREATED -> {
                            metrics.record(result.changes());
                            LOG.infof("ticket %s opened from call %s (%s %s)", result.ticket().id(), contactId,
                                    result.ticket().type(), event.type());
                        }
                        case REDELIVERED -> metrics.intakeSkipped("redelivered");
                        case ALREADY_OPEN -> metrics.intakeSkipped("call-has-ticket");
                    }
                })
                .replaceWithVoid();
    }
}
