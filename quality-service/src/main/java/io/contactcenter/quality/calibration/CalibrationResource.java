package io.contactcenter.quality.calibration;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.jboss.resteasy.reactive.RestResponse;

import io.contactcenter.platform.problem.InvalidFieldProblem;
import io.contactcenter.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Calibration sessions of the QA group: open one on a call, each evaluator scores it, read the spread. */
@Path("/qa/calibrations")
@RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
public class CalibrationResource {

    private final CalibrationService calibrations;
    private final SecurityIdentity identity;

    public CalibrationResource(CalibrationService calibrations, SecurityIdentity identity) {
        this.calibrations = calibrations;
        this.identity = identity;
    }

    @POST
    public Uni<RestResponse<CalibrationView>> open(@Valid @NotNull NewCalibration request) {
        return calibrations.open(request, identity.getPrincipal().getName())
                .map(view -> RestResponse.ResponseBuilder.<CalibrationView> created(
                        URI.create("/qa/calibrations/" + view.calibrationId())).entity(view).build());
    }

    /** The caller (token subject) scores the call; returns the session with the updated spread. */
    @POST
    @Path("/{calibrationId}/scores")
    public Uni<CalibrationView> score(@PathParam("calibrationId") String id,
            @Valid @NotNull CalibrationAnswers answers) {
        return calibrations.score(uuid(id), identity.getPrincipal().getName(), answers);
    }

    @GET
    @Path("/{calibrationId}")
    public Uni<CalibrationView> find(@PathParam("calibrationId") String id) {
        return calibrations.find(uuid(id));
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldProblem("calibrationId", "'" + id + "' is not a calibration id (UUID)");
        }
    }
}
