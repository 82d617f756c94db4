package io.contactcenter.routing.staffing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import io.contactcenter.platform.problem.InvalidFieldProblem;
import io.contactcenter.platform.security.Roles;

/** Erlang C staffing for operations planners: how many agents an interval needs. */
@Path("/staffing/erlang-c")
public class StaffingResource {

    static final int DEFAULT_INTERVAL_SECONDS = 1800;
    static final int DEFAULT_SERVICE_LEVEL_PERCENT = 90;
    static final int DEFAULT_SERVICE_LEVEL_SECONDS = 10;

    @POST
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
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
        int toSchedule = (int) Math.ceil(needed / (1 - shrinkage) - 1e-9);
        return new StaffingAnswer(round(erlangs), needed, toSchedule,
                round(100 * ErlangC.probabilityOfWaiting(agents, erlangs)),
                round(100 * ErlangC.serviceLevel(agents, erlangs, r.averageHandleSeconds(), threshold)),
                round(ErlangC.averageSpeedOfAnswer(agents, erlangs, r.averageHandleSeconds())),
                round(Math.min(100, 100 * erlangs / agents)), targetPercent, threshold);
    }

    private static double round(double v) {
        return Double.isInfinite(v) ? v : Math.round(v * 100) / 100.0;
    }
}
