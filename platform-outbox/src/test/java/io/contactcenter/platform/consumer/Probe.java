package io.contactcenter.platform.consumer;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** The test event: {@code failures} is how many attempts the handler fails before it applies the probe. */
public record Probe(@NotBlank String probeId, int failures, @NotNull Instant occurredAt) {

    public static final String TYPE = "contactcenter.test.probe";
}
