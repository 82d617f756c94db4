package io.contactcenter.routing.agent;

import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import io.contactcenter.routing.contact.Channel;

/**
 * Who an agent is and what it can do: skills with proficiency 1 (new) to 5 (expert), and how
 * many contacts of each channel it handles at once (missing channels: routing.capacity defaults).
 */
public record AgentProfile(
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = 64) String teamId,
        @Size(max = 64) String teamLeaderId,
        @NotNull @PastOrPresent LocalDate hireDate,
        @NotEmpty Map<@NotBlank String, @NotNull @Min(1) @Max(5) Integer> skills,
        Map<@NotNull Channel, @NotNull @Min(0) @Max(50) Integer> capacity) {

    public AgentProfile(String name, String teamId, String teamLeaderId, LocalDate hireDate, Map<String, Integer> skills) {
        this(name, teamId, teamLeaderId, hireDate, skills, null);
    }
}
