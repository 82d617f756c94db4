package io.contactcenter.quality.staff;

import java.time.LocalDate;

/** A registered agent; {@code newAgentUntil} is the first day the agent is sampled like everyone else. */
public record AgentView(String agentId, LocalDate hireDate, String teamId, LocalDate newAgentUntil,
        boolean newAgentToday) {
}
