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
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.jboss.resteasy.reactive.RestResponse;

import io.contactcenter.platform.problem.InvalidFieldProblem;
import io.contactcenter.platform.security.Caller;
import io.contactcenter.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Calibration sessions of the QA group: open one on a call, each evaluator scores it, read the spread. */
@Tag(name = "Calibrations", description = "Calibration sessions: evaluators score the same call, the spread shows how far apart they are.")
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
    @Operation(summary = "Open a calibration on a call", description = "With a reference evaluator and a scorecard.")
    @APIResponse(responseCode = "201", description = "The session",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalibrationView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid, `scorecardId` names no scorecard or `referenceEvaluatorId` no active evaluator")
    @APIResponse(responseCode = "404", description = "The call is no QA candidate")
    public Uni<RestResponse<CalibrationView>> open(@Valid @NotNull NewCalibration request) {
        return calibrations.open(request, Caller.of(identity).id())
                .map(view -> RestResponse.ResponseBuilder.<CalibrationView> created(
                        URI.create("/qa/calibrations/" + view.calibrationId())).entity(view).build());
    }

    /** The caller (token subject) scores the call; returns the session with the updated spread. */
    @POST
    @Path("/{calibrationId}/scores")
    @Operation(summary = "Score the calibration's call", description = "As the caller (token subject); answers the session with the updated spread.")
    @APIResponse(responseCode = "200", description = "The session",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalibrationView.class)))
    @APIResponse(responseCode = "400", description = "`calibrationId` is not a UUID, or an answer is invalid")
    @APIResponse(responseCode = "404", description = "No calibration with this id")
    @APIResponse(responseCode = "403", description = "the caller is no active QA evaluator")
    @APIResponse(responseCode = "409", description = "The caller has scored this calibration already")
    public Uni<CalibrationView> score(@PathParam("calibrationId") String id,
            @Valid @NotNull CalibrationAnswers answers) {
        return calibrations.score(uuid(id), Caller.of(identity).id(), answers);
    }

    @GET
    @Path("/{calibrationId}")
    @Operation(summary = "Read a calibration", description = "Scores and spread.")
    @APIResponse(responseCode = "200", description = "The session",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalibrationView.class)))
    @APIResponse(responseCode = "400", description = "`calibrationId` is not a UUID")
    @APIResponse(responseCode = "404", description = "No calibration with this id")
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
