package io.contactcenter.quality.staff;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** PUT /qa/evaluators/{evaluatorId}. */
public record EvaluatorRegistration(@Size(max = 200) String name, @NotNull Boolean active) {
}
