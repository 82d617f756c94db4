package io.contactcenter.routing.contact;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** The conversation is over; talk and hold time as the PBX measured them. */
public record EndContact(@NotNull Disposition disposition, @NotNull @PositiveOrZero Double talkSeconds,
        @PositiveOrZero Double holdSeconds) {
}
