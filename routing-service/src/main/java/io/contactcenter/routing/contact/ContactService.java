package io.contactcenter.routing.contact;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.contactcenter.platform.problem.InvalidFieldProblem;
import io.contactcenter.platform.problem.NotFoundProblem;
import io.contactcenter.routing.RoutingClock;
import io.contactcenter.routing.RoutingConfig;
import io.contactcenter.routing.agent.AgentState;
import io.contactcenter.routing.agent.AgentTransitions;
import io.contactcenter.routing.engine.Outcomes;
import io.contactcenter.routing.engine.RoutingEngine;
import io.contactcenter.routing.engine.ScriptResult;
import io.contactcenter.routing.event.AgentStateChanged;
import io.contactcenter.routing.event.CallAbandoned;
import io.contactcenter.routing.event.CallAnswered;
import io.contactcenter.routing.event.CallEnded;
import io.contactcenter.routing.event.CallNoAnswer;
import io.contactcenter.routing.event.CallQueued;
import io.contactcenter.routing.event.CallRouted;
import io.contactcenter.routing.event.CallTransferred;
import io.contactcenter.routing.event.RoutingEvents;
import io.contactcenter.routing.queue.Queue;
import io.contactcenter.routing.queue.QueueDirectory;
import io.contactcenter.routing.queue.QueueFigures;
import io.contactcenter.routing.queue.QueueStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;

/** A contact's life as the PBX reports it: offered, answered, not answered, transferred, ended or abandoned. */
@ApplicationScoped
public class ContactService {

    /** Subtracted from a VIP's arrival time in the queue order: ~31 years, so any VIP sorts before any standard contact. */
    public static final double VIP_HEAD_START_MS = 1e12;

    private final RoutingEngine engine;
    private final QueueDirectory queues;
    private final QueueFigures figures;
    private final QueueStore store;
    private final RoutingEvents events;
    private final AgentTransitions transitions;
    private final RoutingClock clock;
    private final RoutingConfig config;
    private final MeterRegistry metrics;

    public ContactService(RoutingEngine engine, QueueDirectory queues, QueueFigures figures, QueueStore store,
            RoutingEvents events, AgentTransitions transitions, RoutingClock clock, RoutingConfig config,
            MeterRegistry metrics) {
        this.store = store;
        this.engine = engine;
        this.queues = queues;
        this.figures = figures;
        this.events = events;
        this.transitions = transitions;
        this.clock = clock;
        this.config = config;
        this.metrics = metrics;
    }

    public static double queueScore(Instant arrival, CustomerTier tier) {
        return arrival.toEpochMilli() - (tier == CustomerTier.VIP ? VIP_HEAD_START_MS : 0);
    }

    public Uni<RoutingAnswer> offer(NewContact contact) {
        CustomerTier tier = contact.customerTier() == null ? CustomerTier.STANDARD : contact.customerTier();
        Intent intent = contact.intent() == null ? Intent.INQUIRY : contact.intent();
        Direction direction = contact.direction() == null ? Direction.INBOUND : contact.direction();
        Uni<Queue> chosen = contact.queueId() == null
                ? Uni.createFrom().item(queues.pick(contact.language(), intent.name()))
                : existing(contact.queueId(), "queueId");
        return chosen.chain(queue -> offer(contact, tier, intent, direction, queue));
    }

    private Uni<RoutingAnswer> offer(NewContact contact, CustomerTier tier, Intent intent, Direction direction,
            Queue queue) {
        Instant now = clock.now();
        Map<String, String> fields = new HashMap<>();
        fields.put("channel", contact.channel().name());
        fields.put("tier", tier.name());
        fields.put("intent", intent.name());
        fields.put("direction", direction.name());
        fields.put("customerId", nullToEmpty(contact.customerId()));
        fields.put("language", nullToEmpty(contact.language()));
        fields.put("callerNumber", nullToEmpty(contact.callerNumber()));
        return engine.routeContact(now, contact.contactId(), queue.id(), queueScore(now, tier),
                intent == Intent.COMPLAINT, fields)
                .call(r -> publishOffer(contact, tier, intent, r, now))
                .invoke(r -> metrics.counter("routing_contacts_offered_total", "queue", r.get(2), "outcome",
                        r.outcome().toLowerCase()).increment())
                .chain(r -> r.is("QUEUED")
                        ? figures.estimatedWaitSeconds(queue, Integer.parseInt(r.get(5)), now)
                                .map(ewt -> answer(contact, r, ewt))
                        : Uni.createFrom().item(answer(contact, r, null)));
    }

    private static RoutingAnswer answer(NewContact contact, ScriptResult r, Double estimatedWaitSeconds) {
        return new RoutingAnswer(contact.contactId(), r.outcome(), r.get(1), r.get(2), r.get(3), r.get(4),
                r.is("QUEUED") ? Integer.valueOf(r.get(5)) : null, estimatedWaitSeconds);
    }

    /** {'ROUTED', 'QUEUED', q, agentId, teamId, agentBefore, agentAfter} or {'QUEUED', 'QUEUED', q, '', '', position} */
    private Uni<Void> publishOffer(NewContact c, CustomerTier tier, Intent intent, ScriptResult r, Instant now) {
        if (r.is("ROUTED")) {
            return publishRouted(c.contactId(), r.get(2), r.tail(2), c.channel(), 0, now);
        }
        if (r.is("QUEUED")) {
            return events.queued(new CallQueued(c.contactId(), r.get(2), c.channel(), c.customerId(), tier, intent,
                    nullToEmpty(c.language()).isEmpty() ? "zh" : c.language(), Integer.parseInt(r.get(5)), now));
        }
        return Uni.createFrom().voidItem();
    }

    /** {@code route}: {'ROUTED', agentId, teamId, agentBefore, agentAfter}. */
    private Uni<Void> publishRouted(String contactId, String queueId, ScriptResult route, Channel channel,
            double waitSeconds, Instant now) {
        String agentId = route.get(1);
        String teamId = route.get(2);
        return both(transitions.stateChange(agentId, teamId, route.get(3), route.get(4), null, contactId, now),
                events.routed(new CallRouted(contactId, queueId, agentId, teamId, channel, waitSeconds, now)));
    }

    /** Agent and call events go to different topics: no order to keep between them, so wait for both acks at once. */
    private static Uni<Void> both(Uni<Void> agentEvent, Uni<Void> callEvent) {
        return Uni.join().all(agentEvent, callEvent).andFailFast().replaceWithVoid();
    }

    public Uni<ContactView> answer(String contactId, AnswerContact answer) {
        Instant now = clock.now();
        return queueOf(contactId)
                .chain(queue -> engine.answer(now, contactId, answer.agentId(), queue.serviceLevelThreshold()))
                .map(r -> Outcomes.require(r, "contact", contactId))
                // {'ANSWERED', queueId, teamId, waitMs, inSl, agentBefore, agentAfter}
                .call(r -> r.is("ANSWERED")
                        ? both(transitions.stateChange(answer.agentId(), r.get(2), r.get(5), r.get(6), null, contactId, now),
                                events.answered(new CallAnswered(contactId, r.get(1), answer.agentId(),
                                        r.get(2), r.getLong(3) / 1000.0, "1".equals(r.get(4)), now)))
                        : Uni.createFrom().voidItem())
                .chain(() -> find(contactId));
    }

    public Uni<ContactView> end(String contactId, EndContact end) {
        Instant now = clock.now();
        double hold = end.holdSeconds() == null ? 0 : end.holdSeconds();
        return queueOf(contactId)
                .chain(queue -> engine.end(now, contactId, queue.wrapUp(), config.contactRetention(),
                        end.disposition().name(), end.talkSeconds(), hold))
                .map(r -> Outcomes.require(r, "contact", contactId))
                .call(r -> r.is("ENDED") ? publishEnded(contactId, end, hold, r, now) : Uni.createFrom().voidItem())
                .chain(() -> find(contactId));
    }

    /** {'ENDED', agentId, queueId, teamId, channel, customerId, tier, intent, then 'WRAP_UP' or an agent result} */
    private Uni<Void> publishEnded(String contactId, EndContact end, double hold, ScriptResult r, Instant now) {
        String agentId = r.get(1);
        Uni<Void> agent = "WRAP_UP".equals(r.get(8))
                ? transitions.stateChange(agentId, r.get(3), AgentState.BUSY.name(), AgentState.WRAP_UP.name(), null,
                        contactId, now)
                : transitions.publishReady(agentId, r.tail(8), now);
        return both(agent, events.ended(new CallEnded(contactId, r.get(2), agentId, r.get(3),
                        Channel.valueOf(r.get(4)), r.get(5), CustomerTier.valueOf(r.get(6)), Intent.valueOf(r.get(7)),
                        end.disposition(), end.talkSeconds(), hold, now)));
    }

    public Uni<ContactView> abandon(String contactId) {
        Instant now = clock.now();
        return engine.abandon(now, contactId, config.contactRetention())
                .map(r -> Outcomes.require(r, "contact", contactId))
                .call(r -> {
                    if (!r.is("ABANDONED")) {
                        return Uni.createFrom().voidItem();
                    }
                    Uni<Void> abandoned = events.abandoned(new CallAbandoned(contactId, r.get(1), r.getLong(2) / 1000.0,
                            now));
                    // The contact had been offered: the agent was freed in the same script.
                    return r.get(3) == null ? abandoned
                            : abandoned.chain(() -> transitions.publishReady(r.get(3), r.tail(4), now));
                })
                .chain(() -> find(contactId));
    }

    /** Redirect on no answer: {'REQUEUED', queueId, teamId, agentBefore, agentAfter, then a route result}. */
    public Uni<ContactView> noAnswer(String contactId, AnswerContact offeredTo) {
        Instant now = clock.now();
        String agentId = offeredTo.agentId();
        return engine.noAnswer(now, contactId, agentId)
                .map(r -> Outcomes.require(r, "contact", contactId))
                .call(r -> transitions.stateChange(agentId, r.get(2), r.get(3), r.get(4), "no-answer", contactId, now)
                        .chain(() -> events.noAnswer(new CallNoAnswer(contactId, r.get(1), agentId, r.get(2), now)))
                        .chain(() -> publishRequeued(contactId, r.get(1), r.tail(5), now)))
                .chain(() -> find(contactId));
    }

    public Uni<ContactView> transfer(String contactId, TransferContact transfer) {
        if ((transfer.queueId() == null) == (transfer.agentId() == null)) {
            throw new InvalidFieldProblem("queueId", "give exactly one of queueId or agentId");
        }
        Instant now = clock.now();
        Uni<Queue> target = transfer.queueId() == null ? Uni.createFrom().nullItem()
                : existing(transfer.queueId(), "queueId");
        return target.chain(to -> engine.contact(contactId).chain(c -> {
            if (c.isEmpty()) {
                throw new NotFoundProblem("contact", contactId);
            }
            CustomerTier tier = CustomerTier.valueOf(c.getOrDefault("tier", "STANDARD"));
            return existing(c.get("queueId"), "contactId").chain(from -> engine.transfer(now, contactId,
                    to == null ? null : to.id(), transfer.agentId(), from.wrapUp(), queueScore(now, tier),
                    Intent.COMPLAINT.name().equals(c.get("intent"))));
        }))
                .map(r -> {
                    if (r.is("UNKNOWN_TARGET")) {
                        throw new InvalidFieldProblem("agentId", "unknown agent '" + r.get(1) + "'");
                    }
                    return Outcomes.require(r, "contact", contactId);
                })
                .call(r -> publishTransfer(contactId, r, now))
                .chain(() -> find(contactId));
    }

    /**
     * {'TRANSFERRED', fromAgent, fromTeam, fromQueue, toQueue, fromBefore, fromAfter, then a route result
     * ('ROUTED', agent, team, before, after | 'QUEUED', position), then for non-voice the first agent's result}.
     */
    private Uni<Void> publishTransfer(String contactId, ScriptResult r, Instant now) {
        ScriptResult route = r.tail(7);
        int routeLength = route.is("ROUTED") ? 5 : 2;
        ScriptResult freed = route.tail(routeLength);
        Uni<Void> fromAgent = freed.values().isEmpty()
                ? transitions.stateChange(r.get(1), r.get(2), r.get(5), r.get(6), "transfer", contactId, now)
                : transitions.publishReady(r.get(1), freed, now);
        return fromAgent
                .chain(() -> events.transferred(new CallTransferred(contactId, r.get(3), r.get(1), r.get(2), r.get(4),
                        route.is("ROUTED") ? route.get(1) : null, now)))
                .chain(() -> publishRequeued(contactId, r.get(4), route, now));
    }

    /** After a contact re-entered routing: {'ROUTED', agentId, teamId, agentBefore, agentAfter} or {'QUEUED', position}. */
    public Uni<Void> publishRequeued(String contactId, String queueId, ScriptResult route, Instant now) {
        if (!route.is("ROUTED")) {
            return Uni.createFrom().voidItem();
        }
        return engine.contact(contactId).chain(c -> publishRouted(contactId, queueId, route,
                Channel.valueOf(c.getOrDefault("channel", "VOICE")),
                (now.toEpochMilli() - Long.parseLong(c.getOrDefault("arrivedAt", Long.toString(now.toEpochMilli()))))
                        / 1000.0,
                now));
    }

    public Uni<ContactView> find(String contactId) {
        return engine.contact(contactId).map(h -> {
            if (h == null || h.isEmpty()) {
                throw new NotFoundProblem("contact", contactId);
            }
            return new ContactView(contactId, h.get("state"), h.get("queueId"), emptyToNull(h.get("agentId")),
                    emptyToNull(h.get("teamId")), h.get("channel"), h.get("tier"), h.get("intent"),
                    h.get("disposition"));
        });
    }

    /** One field read, not the whole contact: this runs before every answer and end. */
    private Uni<Queue> queueOf(String contactId) {
        return engine.contactQueue(contactId).chain(queueId -> {
            if (queueId == null) {
                throw new NotFoundProblem("contact", contactId);
            }
            return existing(queueId, "contactId");
        });
    }

    /** A queue known to any instance (see {@link QueueStore#find}), or a 400 naming {@code field}. */
    private Uni<Queue> existing(String queueId, String field) {
        return store.find(queueId).map(q -> q.orElseThrow(
                () -> new InvalidFieldProblem(field, "unknown queue '" + queueId + "'")));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
