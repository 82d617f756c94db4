package io.contactcenter.recognition.competition;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Scores for one round, recorded together or not at all. A score is 0 to 100 points (the scale of
 * QA evaluations, which pass at 80); the same scorer scoring the same agent again replaces its score.
 */
public record NewScores(@NotEmpty @Size(max = 1000) List<@Valid @NotNull Score> scores) {

    public record Score(
            @NotBlank @Size(max = 64) @Pattern(regexp = NewCompetition.ID, message = NewCompetition.ID_MESSAGE) String agentId,
            @Size(max = 64) @Pattern(regexp = NewCompetition.ID, message = NewCompetition.ID_MESSAGE) String teamId,
            @NotNull @DecimalMin("0") @DecimalMax("100") Double score,
            @NotNull ScoreSource source,
            @NotBlank @Size(max = 64) String scoredBy) {
    }
}
