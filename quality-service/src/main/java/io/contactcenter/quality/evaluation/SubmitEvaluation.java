package io.contactcenter.quality.evaluation;

import java.util.Map;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.contactcenter.quality.scorecard.ScorecardDefinition;

/**
 * An evaluator's answers, keyed by item key: {@code "YES"}, {@code "NO"}, {@code "NA"} or a scale
 * value such as {@code 4}. Without {@code scorecardId} the default scorecard is used; its latest
 * version at submission is the one the evaluation keeps.
 */
public record SubmitEvaluation(
        @Size(max = 64) @Pattern(regexp = ScorecardDefinition.KEY,
                message = ScorecardDefinition.KEY_MESSAGE) String scorecardId,
        @NotEmpty @Size(max = 200) Map<String, String> answers,
        @Size(max = 4000) String comment) {
}
