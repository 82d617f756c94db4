package io.contactcenter.routing.staffing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.contactcenter.platform.problem.InvalidFieldProblem;
import io.contactcenter.platform.security.Roles;

/** Erlang C staffing for operations planners: how many agents an interval needs. */
@Path("/staffing/erlang-c")
@Tag(name = "Staffing", description = "Erlang C and Erlang A for operations planners: how many agents an interval needs.")
public class StaffingResource {

    static final int DEFAULT_INTERVAL_SECONDS = 1800;
    static final int DEFAULT_SERVICE_LEVEL_PERCENT = 90;
    static final int DEFAULT_SERVICE_LEVEL_SECONDS = 10;

    @POST
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Agents needed for an interval (Erlang C)",
            description = "From the interval's calls, average handle time and service-level target (default 90% in "
                    + "10 s over 1800 s), with shrinkage; with `agents`, the figures for that many agents instead.")
    @APIResponse(responseCode = "200", description = "Traffic, agents needed and to schedule, and the figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffingAnswer.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or out of range, or the target cannot be met")
    public StaffingAnswer calculate(@Valid @NotNull StaffingRequest r) {
        int interval = r.intervalSeconds() == null ? DEFAULT_INTERVAL_SECONDS : r.intervalSeconds();
        int targetPercent = r.serviceLevelPercent() == null ? DEFAULT_SERVICE_LEVEL_PERCENT : r.serviceLevelPercent();
        int threshold = r.serviceLevelSeconds() == null ? DEFAULT_SERVICE_LEVEL_SECONDS : r.serviceLevelSeconds();
        double shrinkage = r.shrinkagePercent() == null ? 0 : r.shrinkagePercent() / 100;
        double erlangs = ErlangC.trafficErlangs(r.callsPerInterval(), interval, r.averageHandleSeconds());
        int needed;
        try {
            needed = ErlangC.agentsFor(erlangs, r.averageHandleSeconds(), threshold, targetPercent / 100.0);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldProblem("callsPerInterval", e.getMessage());
        }
        int agents = r.agents() == null ? needed : r.agents();
        int toSchedule = agentsToSchedule(needed, shrinkage);
        return new StaffingAnswer(round(erlangs), needed, toSchedule,
                round(100 * ErlangC.probabilityOfWaiting(agents, erlangs)),
                round(100 * ErlangC.serviceLevel(agents, erlangs, r.averageHandleSeconds(), threshold)),
                round(ErlangC.averageSpeedOfAnswer(agents, erlangs, r.averageHandleSeconds())),
                round(Math.min(100, 100 * erlangs / agents)), targetPercent, threshold);
    }

    /** Agents on the phones over the share not lost to shrinkage, rounded up. */
    static int agentsToSchedule(int needed, double shrinkage) {
        return (int) Math.ceil(needed / (1 - shrinkage) - 1e-9);
    }

    static double round(double v) {
        return Double.isInfinite(v) ? v : Math.round(v * 100) / 100.0;
    }
}
