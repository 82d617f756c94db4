package io.contactcenter.routing.agent;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.contactcenter.platform.problem.InvalidFieldProblem;
import io.contactcenter.platform.problem.NotFoundProblem;
import io.contactcenter.routing.RoutingConfig;
import io.contactcenter.routing.contact.Channel;
import io.contactcenter.routing.engine.Decision;
import io.contactcenter.routing.engine.Outcomes;
import io.contactcenter.routing.engine.RoutingEngine;
import io.contactcenter.routing.queue.Queue;
import io.contactcenter.routing.queue.QueueDirectory;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** Agent profiles and the states an agent (or its supervisor) may ask for. */
@ApplicationScoped
public class AgentService {

    private static final TypeReference<Map<String, Integer>> SKILLS = new TypeReference<>() {
    };

    private final RoutingEngine engine;
    private final QueueDirectory queues;
    private final ObjectMapper json;
    private final RoutingConfig config;

    private final Validator validator;

    public AgentService(RoutingEngine engine, QueueDirectory queues, ObjectMapper json, RoutingConfig config,
            Validator validator) {
        this.validator = validator;
        this.config = config;
        this.engine = engine;
        this.queues = queues;
        this.json = json;
    }

    public Uni<AgentView> register(String agentId, AgentProfile profile) {
        return registerDecision(agentId, profile).map(d -> view(agentId, d));
    }

    /** The script's answer: CREATED, UPDATED, or UNCHANGED (the same profile again publishes nothing). */
    Uni<Decision> registerDecision(String agentId, AgentProfile profile) {
        Map<String, String> fields = new HashMap<>();
        fields.put("name", profile.name());
        fields.put("teamId", profile.teamId());
        fields.put("teamLeaderId", profile.teamLeaderId() == null ? "" : profile.teamLeaderId());
        fields.put("hireDate", profile.hireDate().toString());
        fields.put("skills", write(profile.skills()));
        for (Channel channel : Channel.values()) {
            Integer given = profile.capacity() == null ? null : profile.capacity().get(channel);
            fields.put("cap:" + channel.name(), Integer.toString(given != null ? given : config.capacity().of(channel)));
        }
        return engine.registerAgent(agentId, placements(profile.skills()), probationUntil(profile.hireDate()), fields);
    }

    /** A skill change, a team move...: the current profile with the patch applied, checked like a new one. */
    public Uni<AgentView> patch(String agentId, AgentPatch patch) {
        return engine.agent(agentId).chain(h -> {
            if (h == null || h.isEmpty()) {
                throw new NotFoundProblem("agent", agentId);
            }
            AgentProfile merged = patch.applyTo(profileOf(h));
            Set<ConstraintViolation<AgentProfile>> violations = validator.validate(merged);
            if (!violations.isEmpty()) {
                throw new ConstraintViolationException(violations);
            }
            return register(agentId, merged);
        });
    }

    /** Every violation of one import row, by field. */
    List<AgentRows.RowError> check(AgentRows.Row row) {
        List<AgentRows.RowError> errors = new java.util.ArrayList<>();
        if (row.agentId() == null || !row.agentId().matches(AGENT_ID)) {
            errors.add(new AgentRows.RowError(row.line(), "agentId", "1 to 64 characters, no control characters"));
        }
        validator.validate(row.profile()).forEach(v -> errors.add(new AgentRows.RowError(row.line(),
                v.getPropertyPath().toString(), v.getMessage())));
        return errors;
    }

    /** Agent ids as the PBX and desktops use them. */
    static final String AGENT_ID = "[^\\p{Cntrl}]{1,64}";

    private AgentProfile profileOf(Map<String, String> h) {
        Map<Channel, Integer> capacity = new java.util.EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            String cap = h.get("cap:" + channel.name());
            if (cap != null) {
                capacity.put(channel, Integer.parseInt(cap));
            }
        }
        String leader = h.get("teamLeaderId");
        return new AgentProfile(h.get("name"), h.get("teamId"), leader == null || leader.isEmpty() ? null : leader,
                LocalDate.parse(h.get("hireDate")), read(h.get("skills")), capacity);
    }

    /** Where skills (as Redis holds them, JSON) place an agent under the queues as they are now. */
    String placementsOf(String skillsJson) {
        return placements(read(skillsJson));
    }

    private String placements(Map<String, Integer> skills) {
        return queues.placements(skills).stream().map(Queue.Placement::encoded).collect(Collectors.joining(","));
    }

    /** New hires are spared complaint contacts until the end of their protection period (midnight, center time). */
    private long probationUntil(LocalDate hireDate) {
        return hireDate.plus(config.complaintProtection()).atStartOfDay(config.timeZone()).toInstant().toEpochMilli();
    }

    /**
     * {@code supervisorId}: set when a supervisor orders the change (it is named in the event, and offers
     * the agent has not answered are withdrawn so the change applies at once); null when the agent or the
     * PBX asks.
     */
    public Uni<AgentView> changeState(String agentId, StateChange change, String supervisorId) {
        String reason = change.reason() == null ? "" : change.reason();
        return switch (change.state()) {
            case AVAILABLE -> engine.agentReady(agentId, supervisorId).map(d -> view(agentId, d));
            case NOT_READY, LOGGED_OUT -> engine.agentUnavailable(agentId, change.state().name(), reason,
                    supervisorId, supervisorId != null).map(d -> view(agentId, d));
            default -> throw new InvalidFieldProblem("state", change.state()
                    + " is set by routing; an agent may ask for AVAILABLE, NOT_READY or LOGGED_OUT");
        };
    }

    /**
     * A page of agents matching every filter given (null = any), in id order, from Redis indexes: a page
     * costs its size, not the centre's. {@code page} counts from 1.
     */
    public Uni<AgentPage> list(String team, AgentState state, String queue, String skill, int page, int size) {
        return engine.listAgents(team, state == null ? null : state.name(), queue, skill, (long) (page - 1) * size, size)
                .map(listing -> new AgentPage(listing.total(), listing.totalAtLeast(), page, size, listing.agents().stream()
                        .map(a -> summary(a, listing.now())).toList()));
    }

    private static AgentPage.AgentSummary summary(Map<String, String> a, long now) {
        String placed = a.getOrDefault("placements", "");
        List<String> queueIds = placed.isEmpty() ? List.of()
                : Arrays.stream(placed.split(",")).map(p -> p.substring(0, p.indexOf(':'))).toList();
        long since = Long.parseLong(a.getOrDefault("stateSince", Long.toString(now)));
        return new AgentPage.AgentSummary(a.get("agentId"), a.get("name"), a.get("teamId"), a.get("state"),
                a.get("reason"), Math.max(0, now - since) / 1000, a.get("contactId"), a.get("pending"), queueIds,
                Integer.parseInt(a.getOrDefault("contactsToday", "0")), Long.parseLong(a.getOrDefault("talkToday", "0")));
    }

    /** The desktop or the PBX says the agent's session is alive. */
    public Uni<AgentView> heartbeat(String agentId) {
        return engine.heartbeat(agentId).map(d -> view(agentId, d));
    }

    public Uni<AgentView> find(String agentId) {
        return engine.agent(agentId).map(h -> {
            if (h == null || h.isEmpty()) {
                throw new NotFoundProblem("agent", agentId);
            }
            return view(agentId, h);
        });
    }

    private AgentView view(String agentId, Decision d) {
        return view(agentId, Outcomes.require(d, "agent", agentId).agent());
    }

    private AgentView view(String agentId, Map<String, String> h) {
        String placed = h.getOrDefault("placements", "");
        List<String> queueIds = placed.isEmpty() ? List.of()
                : Arrays.stream(placed.split(",")).map(p -> p.substring(0, p.indexOf(':'))).toList();
        return new AgentView(agentId, h.get("name"), h.get("teamId"), h.get("hireDate"), read(h.get("skills")),
                queueIds, h.get("state"), emptyToNull(h.get("reason")), emptyToNull(h.get("contactId")),
                emptyToNull(h.get("pending")), Long.parseLong(h.getOrDefault("stateSince", "0")),
                perChannel(h, "cap:"), perChannel(h, "load:"),
                h.get("leaseUntil") == null || h.get("leaseUntil").isEmpty() ? null : Long.valueOf(h.get("leaseUntil")));
    }

    private static Map<String, Integer> perChannel(Map<String, String> agent, String prefix) {
        Map<String, Integer> out = new java.util.TreeMap<>();
        for (Channel channel : Channel.values()) {
            out.put(channel.name(), Integer.parseInt(agent.getOrDefault(prefix + channel.name(), "0")));
        }
        return out;
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
