package io.contactcenter.routing.agent;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import io.contactcenter.routing.contact.Channel;

/**
 * A partial profile change (JSON merge patch): fields left out stay as they are; in {@code skills} and
 * {@code capacity} a key with null removes that skill (or capacity override), others are set; an empty
 * {@code teamLeaderId} clears it.
 */
public record AgentPatch(
        @Size(min = 1, max = 100) String name,
        @Size(min = 1, max = 64) String teamId,
        @Size(max = 64) String teamLeaderId,
        @PastOrPresent LocalDate hireDate,
        Map<String, @Min(1) @Max(5) Integer> skills,
        Map<Channel, @Min(0) @Max(50) Integer> capacity) {

    public AgentProfile applyTo(AgentProfile current) {
        return new AgentProfile(name != null ? name : current.name(), teamId != null ? teamId : current.teamId(),
                teamLeaderId == null ? current.teamLeaderId() : (teamLeaderId.isEmpty() ? null : teamLeaderId),
                hireDate != null ? hireDate : current.hireDate(), merge(current.skills(), skills),
                merge(current.capacity(), capacity));
    }

    private static <K> Map<K, Integer> merge(Map<K, Integer> current, Map<K, Integer> patch) {
        Map<K, Integer> out = new HashMap<>(current == null ? Map.of() : current);
        if (patch != null) {
            patch.forEach((k, v) -> {
                if (v == null) {
                    out.remove(k);
                } else {
                    out.put(k, v);
                }
            });
        }
        return out;
    }
}
