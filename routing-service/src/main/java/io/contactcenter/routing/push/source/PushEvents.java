package io.contactcenter.routing.push.source;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.contactcenter.routing.push.PushEvent;

/**
 * A catalog event (CloudEvents attributes and JSON data) as the hub needs it: which agents and queues
 * it concerns, read from the data's fields of the catalog (event-catalog/schemas).
 */
@ApplicationScoped
public class PushEvents {

    private static final Logger LOG = Logger.getLogger(PushEvents.class);
    private static final String TYPE_PREFIX = "contactcenter.";
    private static final String AGENT_TYPE_PREFIX = "agent.";
    /** Fields naming an agent: the offered or handling agent, and both sides of a transfer. */
    private static final List<String> AGENT_FIELDS = List.of("agentId", "fromAgentId", "toAgentId");
    private static final List<String> QUEUE_FIELDS = List.of("queueId", "fromQueueId", "toQueueId");

    private final ObjectMapper json;

    public PushEvents(ObjectMapper json) {
        this.json = json;
    }

    /** Empty when the data is not JSON (logged: the relay writes only JSON). */
    public Optional<PushEvent> parse(String id, String ceType, String subject, long timeMillis, String data) {
        String type = ceType.startsWith(TYPE_PREFIX) ? ceType.substring(TYPE_PREFIX.length()) : ceType;
        JsonNode body;
        try {
            body = json.readTree(data);
        } catch (JsonProcessingException e) {
            LOG.warnf("event %s (%s) not pushed: its data is not JSON", id, ceType);
            return Optional.empty();
        }
        Set<String> agents = values(body, AGENT_FIELDS);
        if (type.startsWith(AGENT_TYPE_PREFIX) && subject != null) {
            agents.add(subject);
        }
        return Optional.of(new PushEvent(id, type, timeMillis, data, agents, values(body, QUEUE_FIELDS)));
    }

    private static Set<String> values(JsonNode body, List<String> fields) {
        Set<String> values = new HashSet<>();
        for (String field : fields) {
            JsonNode v = body.get(field);
            if (v != null && v.isTextual() && !v.asText().isEmpty()) {
                values.add(v.asText());
            }
        }
        return values;
    }
}
