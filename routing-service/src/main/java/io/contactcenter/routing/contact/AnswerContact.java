package io.contactcenter.routing.contact;

import jakarta.validation.constraints.NotBlank;

/** The PBX connected the contact to the agent it was offered to. */
public record AnswerContact(@NotBlank String agentId) {
}
