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

/** Erlang A staffing: Erlang C's question, with callers who hang up after their patience. */
@Path("/staffing/erlang-a")
@Tag(name = "Staffing")
public class ErlangAResource {

    @POST
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Agents needed for an interval (Erlang A, callers who abandon)",
            description = "As `/staffing/erlang-c`, with `averagePatienceSeconds` (exponential patience): the exact "
                    + "M/M/N+M figures, including the share of callers who abandon. `abandonsInServiceLevel` "
                    + "(default false, as queues count it) decides which service level the target is met on.")
    @APIResponse(responseCode = "200", description = "Traffic, agents needed and to schedule, and the figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErlangAAnswer.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or out of range, or the target cannot be met")
    public ErlangAAnswer calculate(@Valid @NotNull ErlangARequest r) {
        int interval = r.intervalSeconds() == null ? StaffingResource.DEFAULT_INTERVAL_SECONDS : r.intervalSeconds();
        int targetPercent = r.serviceLevelPercent() == null ? StaffingResource.DEFAULT_SERVICE_LEVEL_PERCENT
                : r.serviceLevelPercent();
        int threshold = r.serviceLevelSeconds() == null ? StaffingResource.DEFAULT_SERVICE_LEVEL_SECONDS
                : r.serviceLevelSeconds();
        boolean abandonsCount = Boolean.TRUE.equals(r.abandonsInServiceLevel());
        double shrinkage = r.shrinkagePercent() == null ? 0 : r.shrinkagePercent() / 100;
        double handle = r.averageHandleSeconds();
        double patience = r.averagePatienceSeconds();
        double erlangs = ErlangC.trafficErlangs(r.callsPerInterval(), interval, handle);
        int needed;
        try {
            needed = ErlangA.agentsFor(erlangs, handle, patience, threshold, targetPercent / 100.0, abandonsCount);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldProblem("callsPerInterval", e.getMessage());
        }
        int agents = r.agents() == null ? needed : r.agents();
        ErlangA.Figures f = ErlangA.figures(agents, erlangs, handle, patience, threshold);
        return new ErlangAAnswer(StaffingResource.round(erlangs), needed,
                StaffingResource.agentsToSchedule(needed, shrinkage), percent(f.probabilityOfWaiting()),
                percent(f.abandoned()), percent(f.serviceLevel(abandonsCount)), percent(f.serviceLevelAnsweredOnly()),
                percent(f.serviceLevelWithAbandons()), StaffingResource.round(f.averageSpeedOfAnswerSeconds()),
                StaffingResource.round(f.averageWaitSeconds()), percent(f.occupancy()), targetPercent, threshold,
                abandonsCount);
    }

    private static double percent(double share) {
        return StaffingResource.round(100 * share);
    }
}
