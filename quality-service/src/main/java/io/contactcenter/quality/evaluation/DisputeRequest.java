package io.contactcenter.quality.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The agent's reason for disputing an evaluation. */
public record DisputeRequest(@NotBlank @Size(max = 2000) String reason) {
}
