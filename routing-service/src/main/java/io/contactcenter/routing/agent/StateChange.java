package io.contactcenter.routing.agent;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An agent asks to be AVAILABLE, NOT_READY (with a reason such as break or meal) or LOGGED_OUT. */
public record StateChange(@NotNull AgentState state, @Size(max = 64) String reason) {
}
