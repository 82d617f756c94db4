package io.contactcenter.routing.staffing;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * One interval's forecast and target. Defaults: 30-minute interval, 90% in 10 s (the centre's target),
 * no shrinkage; a fixed agent count also reports what that staffing would achieve.
 */
public record StaffingRequest(
        @NotNull @Positive @Max(1_000_000) Double callsPerInterval,
        @Min(60) @Max(86_400) Integer intervalSeconds,
        @NotNull @DecimalMin("1") @DecimalMax("86400") Double averageHandleSeconds,
        @Min(1) @Max(99) Integer serviceLevelPercent,
        @Min(1) @Max(3600) Integer serviceLevelSeconds,
        @DecimalMin("0") @DecimalMax("90") Double shrinkagePercent,
        @Min(1) @Max(100_000) Integer agents) {
}
