package io.contactcenter.quality.scorecard;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.jboss.resteasy.reactive.RestResponse;

import io.contactcenter.platform.security.Caller;
import io.contactcenter.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Scorecards the QA group scores calls with. Reading is open to supervisors; every write adds a version. */
@Tag(name = "Scorecards", description = "The scorecards the QA group scores calls with; every write adds a version.")
@Path("/qa/scorecards")
@RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
public class ScorecardResource {

    private final ScorecardService scorecards;
    private final SecurityIdentity identity;

    public ScorecardResource(ScorecardService scorecards, SecurityIdentity identity) {
        this.scorecards = scorecards;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Every scorecard, latest versions", description = "Sections, items, weights and critical items.")
    @APIResponse(responseCode = "200", description = "The scorecards")
    public Uni<List<ScorecardView>> list() {
        return scorecards.list();
    }

    /** The latest version. */
    @GET
    @Path("/{scorecardId}")
    @Operation(summary = "A scorecard's latest version", description = "Sections, items, weights and critical items.")
    @APIResponse(responseCode = "200", description = "The scorecard",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScorecardView.class)))
    @APIResponse(responseCode = "404", description = "No scorecard with this id")
    public Uni<ScorecardView> latest(@PathParam("scorecardId") String scorecardId) {
        return scorecards.latest(scorecardId);
    }

    @GET
    @Path("/{scorecardId}/versions/{version}")
    @Operation(summary = "One version of a scorecard", description = "As evaluations scored with it saw it.")
    @APIResponse(responseCode = "200", description = "The scorecard version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScorecardView.class)))
    @APIResponse(responseCode = "400", description = "`version` is below 1")
    @APIResponse(responseCode = "404", description = "No such scorecard version")
    public Uni<ScorecardView> version(@PathParam("scorecardId") String scorecardId,
            @PathParam("version") @Min(1) int version) {
        return scorecards.version(scorecardId, version);
    }

    /** 201 with the new version; earlier versions stay as they were (evaluations keep theirs). */
    @PUT
    @Path("/{scorecardId}")
    @Operation(summary = "Publish a new version of a scorecard", description = "Earlier versions stay as they were; evaluations keep theirs.")
    @APIResponse(responseCode = "201", description = "The new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScorecardView.class)))
    @APIResponse(responseCode = "400", description = "A field, section key or item key is missing or invalid (the problem names it, e.g. `sections[0].items[1].key`)")
    public Uni<RestResponse<ScorecardView>> publish(
            @PathParam("scorecardId") @Pattern(regexp = ScorecardDefinition.KEY,
                    message = ScorecardDefinition.KEY_MESSAGE) String scorecardId,
            @Valid @NotNull ScorecardDefinition definition) {
        return scorecards.publish(scorecardId, definition, Caller.of(identity).id())
                .map(view -> RestResponse.ResponseBuilder.<ScorecardView> created(java.net.URI.create(
                        "/qa/scorecards/" + view.scorecardId() + "/versions/" + view.version())).entity(view).build());
    }
}
