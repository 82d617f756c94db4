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
import io.smallrye.mutiny.Uni;

/**
 * Reads call-events: an ended call with disposition COMPLAINT, FAULT or REQUEST opens a ticket.
 * Other event types are acknowledged and skipped; an unusable record is nacked and dead-lettered
 * (call-events.ticket-service.dlq) while consumption goes on.
 */
@ApplicationScoped
public class CallEventsConsumer {

    public static final String CHANNEL = "call-events";
    /** Name of the unique constraint that backs "one ticket per call" (V1__ticket.sql). */
    static final String ONE_PER_CONTACT = "ticket_one_per_contact";
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
        if (!CallEnded.TYPE.equals(event.type())) {
            return Uni.createFrom().voidItem();
        }
        CallEnded call = parser.parse(event.body(), CallEnded.class);
        Optional<Registration> ticket = CallTickets.ticketFor(call);
        if (ticket.isEmpty()) {
            metrics.intakeSkipped("disposition");
            return Uni.createFrom().voidItem();
        }
        return intake.open(event.id(), ticket.get())
                // Two events of one call racing past the existence check: the constraint kept it to one ticket.
                .onFailure(CallEventsConsumer::isSecondTicketForCall)
                .recoverWithItem(new CallIntake.Result(CallIntake.Outcome.ALREADY_OPEN, null))
                // The database may be briefly unavailable: retry a few times before giving up on the record.
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(2)).atMost(3)
                .invoke(result -> {
                    switch (result.outcome()) {
                        case CREATED -> {
                            metrics.created(result.ticket());
                            LOG.infof("ticket %s opened from call %s (%s)", result.ticket().id(), call.contactId(),
                                    result.ticket().type());
                        }
                        case REDELIVERED -> metrics.intakeSkipped("redelivered");
                        case ALREADY_OPEN -> metrics.intakeSkipped("call-has-ticket");
                    }
                })
                .replaceWithVoid();
    }

    static boolean isSecondTicketForCall(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(ONE_PER_CONTACT)) {
                return true;
            }
        }
        return false;
    }
}
