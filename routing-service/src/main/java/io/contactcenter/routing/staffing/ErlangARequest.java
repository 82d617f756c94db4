package io.contactcenter.routing.staffing;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * {@link StaffingRequest} with the callers' mean patience (how long they wait before hanging up, e.g.
 * the queue's average time to abandon) and how abandons count in the service level: as misses, or
 * left out (answered within the threshold over answered, the queues' default). Same defaults.
 */
public record ErlangARequest(
        @NotNull @Positive @Max(1_000_000) Double callsPerInterval,
        @Min(60) @Max(86_400) Integer intervalSeconds,
        @NotNull @DecimalMin("1") @DecimalMax("86400") Double averageHandleSeconds,
        @NotNull @DecimalMin("1") @DecimalMax("86400") Double averagePatienceSeconds,
        @Min(1) @Max(99) Integer serviceLevelPercent,
        @Min(1) @Max(3600) Integer serviceLevelSeconds,
        Boolean abandonsInServiceLevel,
        @DecimalMin("0") @DecimalMax("90") Double shrinkagePercent,
        @Min(1) @Max(100_000) Integer agents) {
}
