package io.contactcenter.quality.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Moves an open task to another (active) evaluator. */
public record ReassignRequest(@NotBlank @Size(max = 64) String evaluatorId) {
}
