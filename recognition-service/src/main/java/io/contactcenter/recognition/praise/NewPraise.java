package io.contactcenter.recognition.praise;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * A praise a supervisor records by hand (a letter, or praise heard during a call). Send a
 * {@code praiseId} to make retries safe: without one, each request is a new praise.
 * {@code occurredAt} null means now.
 */
public record NewPraise(
        @Size(max = 64) @Pattern(regexp = ID, message = ID_MESSAGE) String praiseId,
        @NotBlank @Size(max = 64) @Pattern(regexp = ID, message = ID_MESSAGE) String agentId,
        @Size(max = 64) @Pattern(regexp = ID, message = ID_MESSAGE) String teamId,
        @Size(max = 64) String contactId,
        @NotNull PraiseSource source,
        /** The reason: the customer's or supervisor's words (also accepted as {@code reason}). */
        @Size(max = 2000) @JsonAlias("reason") String comment,
        Instant occurredAt) {

    static final String ID = "[\\w.:-]+";
    static final String ID_MESSAGE = "letters, digits and . _ : - only";
}
