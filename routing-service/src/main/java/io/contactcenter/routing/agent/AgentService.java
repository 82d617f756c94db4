package io.contactcenter.routing.agent;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.contactcenter.platform.problem.InvalidFieldProblem;
import io.contactcenter.platform.problem.NotFoundProblem;
import io.contactcenter.routing.RoutingClock;
import io.contactcenter.routing.engine.Outcomes;
import io.contactcenter.routing.engine.RoutingEngine;
import io.contactcenter.routing.event.AgentStateChanged;
import io.contactcenter.routing.event.RoutingEvents;
import io.contactcenter.routing.queue.QueueDirectory;
import io.smallrye.mutiny.Uni;

/** Agent profiles and the states an agent (or its supervisor) may ask for. */
@ApplicationScoped
public class AgentService {

    private static final TypeReference<Map<String, Integer>> SKILLS = new TypeReference<>() {
    };

    private final RoutingEngine engine;
    private final QueueDirectory queues;
    private final RoutingEvents events;
    private final AgentTransitions transitions;
    private final RoutingClock clock;
    private final ObjectMapper json;

    public AgentService(RoutingEngine engine, QueueDirectory queues, RoutingEvents events,
            AgentTransitions transitions, RoutingClock clock, ObjectMapper json) {
        this.engine = engine;
        this.queues = queues;
        this.events = events;
        this.transitions = transitions;
        this.clock = clock;
        this.json = json;
    }

    public Uni<AgentView> register(String agentId, AgentProfile profile) {
        List<String> eligible = queues.eligibleQueues(profile.skills());
        Map<String, String> fields = new HashMap<>();
        fields.put("name", profile.name());
        fields.put("teamId", profile.teamId());
        fields.put("teamLeaderId", profile.teamLeaderId() == null ? "" : profile.teamLeaderId());
        fields.put("hireDate", profile.hireDate().toString());
        fields.put("skills", write(profile.skills()));
        return engine.registerAgent(agentId, eligible, clock.now().toEpochMilli(), fields)
                .chain(() -> find(agentId));
    }

    public Uni<AgentView> changeState(String agentId, StateChange change) {
        var now = clock.now();
        String reason = change.reason() == null ? "" : change.reason();
        return switch (change.state()) {
            case AVAILABLE -> engine.agentReady(agentId, now.toEpochMilli(), "")
                    .map(r -> Outcomes.require(r, "agent", agentId))
                    .call(r -> transitions.publishReady(agentId, r, now))
                    .chain(() -> find(agentId));
            case NOT_READY, LOGGED_OUT -> engine.agentUnavailable(agentId, change.state().name(), reason,
                    now.toEpochMilli())
                    .map(r -> Outcomes.require(r, "agent", agentId))
                    .call(r -> r.is("CHANGED")
                            ? events.agentState(new AgentStateChanged(agentId, r.get(2),
                                    AgentState.valueOf(r.get(1)), change.state(), change.reason(), null, now))
                            : Uni.createFrom().voidItem())
                    .chain(() -> find(agentId));
            default -> throw new InvalidFieldProblem("state", change.state()
                    + " is set by routing; an agent may ask for AVAILABLE, NOT_READY or LOGGED_OUT");
        };
    }

    public Uni<AgentView> find(String agentId) {
        return engine.agent(agentId).map(h -> {
            if (h == null || h.isEmpty()) {
                throw new NotFoundProblem("agent", agentId);
            }
            String queuesCsv = h.getOrDefault("queues", "");
            return new AgentView(agentId, h.get("name"), h.get("teamId"), h.get("hireDate"), read(h.get("skills")),
                    queuesCsv.isEmpty() ? List.of() : Arrays.asList(queuesCsv.split(",")), h.get("state"),
                    emptyToNull(h.get("reason")), emptyToNull(h.get("contactId")),
                    Long.parseLong(h.getOrDefault("stateSince", "0")));
        });
    }

    private String write(Map<String, Integer> skills) {
        try {
            return json.writeValueAsString(skills);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Integer> read(String skills) {
        try {
            return skills == null ? Map.of() : json.readValue(skills, SKILLS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt skills in Redis: " + skills, e);
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
