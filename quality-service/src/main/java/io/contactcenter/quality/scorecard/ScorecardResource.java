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

import org.jboss.resteasy.reactive.RestResponse;

import io.contactcenter.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Scorecards the QA group scores calls with. Reading is open to supervisors; every write adds a version. */
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
    public Uni<List<ScorecardView>> list() {
        return scorecards.list();
    }

    /** The latest version. */
    @GET
    @Path("/{scorecardId}")
    public Uni<ScorecardView> latest(@PathParam("scorecardId") String scorecardId) {
        return scorecards.latest(scorecardId);
    }

    @GET
    @Path("/{scorecardId}/versions/{version}")
    public Uni<ScorecardView> version(@PathParam("scorecardId") String scorecardId,
            @PathParam("version") @Min(1) int version) {
        return scorecards.version(scorecardId, version);
    }

    /** 201 with the new version; earlier versions stay as they were (evaluations keep theirs). */
    @PUT
    @Path("/{scorecardId}")
    public Uni<RestResponse<ScorecardView>> publish(
            @PathParam("scorecardId") @Pattern(regexp = ScorecardDefinition.KEY,
                    message = ScorecardDefinition.KEY_MESSAGE) String scorecardId,
            @Valid @NotNull ScorecardDefinition definition) {
        return scorecards.publish(scorecardId, definition, identity.getPrincipal().getName())
                .map(view -> RestResponse.ResponseBuilder.<ScorecardView> created(java.net.URI.create(
                        "/qa/scorecards/" + view.scorecardId() + "/versions/" + view.version())).entity(view).build());
    }
}
