package io.contactcenter.routing.contact;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.contactcenter.platform.problem.InvalidFieldProblem;
import io.contactcenter.platform.problem.NotFoundProblem;
import io.contactcenter.routing.RoutingConfig;
import io.contactcenter.routing.engine.Decision;
import io.contactcenter.routing.engine.Outcomes;
import io.contactcenter.routing.engine.RoutingEngine;
import io.contactcenter.routing.queue.Queue;
import io.contactcenter.routing.queue.QueueDirectory;
import io.contactcenter.routing.queue.QueueFigures;
import io.contactcenter.routing.queue.QueueStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;

/**
 * A contact's life as the PBX reports it: offered, answered, not answered, transferred, ended or
 * abandoned. Each report is one script; its events are written by that script (see RoutingEngine),
 * so the answer returns as soon as Redis has committed the decision.
 */
@ApplicationScoped
public class ContactService {

    private final RoutingEngine engine;
    private final QueueDirectory queues;
    private final QueueFigures figures;
    private final QueueStore store;
    private final RoutingConfig config;
    private final MeterRegistry metrics;

    public ContactService(RoutingEngine engine, QueueDirectory queues, QueueFigures figures, QueueStore store,
            RoutingConfig config, MeterRegistry metrics) {
        this.store = store;
        this.engine = engine;
        this.queues = queues;
        this.figures = figures;
        this.config = config;
        this.metrics = metrics;
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
        Map<String, String> fields = new HashMap<>();
        fields.put("channel", contact.channel().name());
        fields.put("tier", tier.name());
        fields.put("intent", intent.name());
        fields.put("direction", direction.name());
        fields.put("customerId", nullToEmpty(contact.customerId()));
        fields.put("language", nullToEmpty(contact.language()));
        fields.put("callerNumber", nullToEmpty(contact.callerNumber()));
        return engine.routeContact(contact.contactId(), queue.id(), fields)
                .invoke(d -> metrics.counter("routing_contacts_offered_total", "queue", d.contact().get("queueId"),
                        "outcome", d.outcome().toLowerCase()).increment())
                .chain(d -> d.is("QUEUED")
                        ? figures.estimatedWaitSeconds(queue, d.position()).map(ewt -> answer(contact, d, ewt))
                        : Uni.createFrom().item(answer(contact, d, null)));
    }

    private static RoutingAnswer answer(NewContact contact, Decision d, Double estimatedWaitSeconds) {
        Map<String, String> c = d.contact();
        return new RoutingAnswer(contact.contactId(), d.outcome(), c.get("state"), c.get("queueId"), c.get("agentId"),
                c.get("teamId"), d.is("QUEUED") ? d.position() : null, estimatedWaitSeconds);
    }

    public Uni<ContactView> answer(String contactId, AnswerContact answer) {
        return engine.answer(contactId, answer.agentId()).map(d -> view(contactId, d));
    }

    /** {@code actingAgent}: the agent whose own token asks (null for the PBX); see RoutingEngine#end. */
    public Uni<ContactView> end(String contactId, EndContact end, String actingAgent) {
        double hold = end.holdSeconds() == null ? 0 : end.holdSeconds();
        return engine.end(contactId, config.contactRetention(), end.disposition().name(), end.talkSeconds(), hold,
                actingAgent).map(d -> view(contactId, d));
    }

    public Uni<ContactView> abandon(String contactId) {
        return engine.abandon(contactId, config.contactRetention()).map(d -> view(contactId, d));
    }

    /** Redirect on no answer: the agent goes not ready, the contact to the head of its queue. */
    public Uni<ContactView> noAnswer(String contactId, AnswerContact offeredTo) {
        return engine.noAnswer(contactId, offeredTo.agentId()).map(d -> view(contactId, d));
    }

    public Uni<ContactView> transfer(String contactId, TransferContact transfer, String actingAgent) {
        if ((transfer.queueId() == null) == (transfer.agentId() == null)) {
            throw new InvalidFieldProblem("queueId", "give exactly one of queueId or agentId");
        }
        Uni<Queue> target = transfer.queueId() == null ? Uni.createFrom().nullItem()
                : existing(transfer.queueId(), "queueId");
        return target.chain(to -> engine.transfer(contactId, to == null ? null : to.id(), transfer.agentId(), actingAgent))
                .map(d -> {
                    if (d.is("UNKNOWN_TARGET")) {
                        throw new InvalidFieldProblem("agentId", "unknown agent '" + d.agentId() + "'");
                    }
                    return view(contactId, d);
                });
    }

    public Uni<ContactView> find(String contactId) {
        return engine.contact(contactId).map(h -> {
            if (h == null || h.isEmpty()) {
                throw new NotFoundProblem("contact", contactId);
            }
            return view(contactId, h);
        });
    }

    private static ContactView view(String contactId, Decision d) {
        return view(contactId, Outcomes.require(d, "contact", contactId).contact());
    }

    private static ContactView view(String contactId, Map<String, String> h) {
        return new ContactView(contactId, h.get("state"), h.get("queueId"), emptyToNull(h.get("agentId")),
                emptyToNull(h.get("teamId")), h.get("channel"), h.get("tier"), h.get("intent"), h.get("disposition"));
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
