package io.contactcenter.ticket.assignment;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** PUT /teams/{id}: the team's supervisor and the agents who take its tickets (replaces the previous list). */
public record TeamDefinition(
        @NotBlank @Size(max = 64) String supervisor,
        @NotNull @Size(max = 200) List<@NotBlank @Size(max = 64) String> members) {
}
