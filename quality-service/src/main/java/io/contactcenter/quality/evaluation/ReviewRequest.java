package io.contactcenter.quality.evaluation;

import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The second reviewer's decision; {@code answers} only with AMENDED (all items, as in a submission). */
public record ReviewRequest(@NotNull ReviewOutcome outcome, @Size(max = 200) Map<String, String> answers,
        @Size(max = 4000) String comment) {
}
