package io.contactcenter.quality.staff;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** PUT /qa/agents/{agentId}: the hire date decides whether the agent is new; the team is informative. */
public record AgentRegistration(@NotNull @PastOrPresent LocalDate hireDate, @Size(min = 1, max = 64) String teamId) {
}
