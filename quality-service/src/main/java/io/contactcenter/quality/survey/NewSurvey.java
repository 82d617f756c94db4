package io.contactcenter.quality.survey;

import java.time.Instant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A post-contact survey as the IVR or the SMS gateway reports it. {@code surveyId} makes a resend
 * harmless. {@code answeredAt} is when the customer answered (optional, default: when received);
 * reports count a survey in the period it was answered. {@code agentId} and {@code teamId} are
 * optional: the survey is about the agent and team of the call (its call.ended); when given they
 * must be the call's (409 otherwise), and they stand in for them until the call is known.
 */
public record NewSurvey(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[\\w.:-]+", message = "letters, digits and . _ : - only") String surveyId,
        @NotBlank @Size(max = 64) String contactId,
        @Size(min = 1, max = 64) String agentId,
        @Size(min = 1, max = 64) String teamId,
        @NotNull @Min(1) @Max(5) Integer satisfaction,
        @NotNull Boolean resolved,
        @NotNull Boolean praise,
        @Size(max = 2000) String comment,
        Instant answeredAt) {
}
