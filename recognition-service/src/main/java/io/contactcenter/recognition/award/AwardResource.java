package io.contactcenter.recognition.award;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
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

import io.contactcenter.platform.security.Caller;
import io.contactcenter.platform.security.Roles;
import io.contactcenter.recognition.period.PeriodParams;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Closing a period, and what each closed period granted. An agent's awards: {@code GET /agents/{id}/awards}. */
@Tag(name = "Awards", description = "Closing a period, and what each closed period granted.")
@Path("/periods/{period}")
public class AwardResource {

    private final PeriodCloser closer;
    private final AwardStore store;
    private final SecurityIdentity identity;

    public AwardResource(PeriodCloser closer, AwardStore store, SecurityIdentity identity) {
        this.closer = closer;
        this.store = store;
        this.identity = identity;
    }

    /**
     * Closes a month ({@code 2026-04}) or quarter ({@code 2026-Q2}) that has ended and grants its
     * awards: 201 the first time, 200 with the same awards (nothing granted again) afterwards; 409
     * before the period has ended. The scheduler does the same on its own after the grace time.
     */
    @POST
    @Path("/close")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Close a period and grant its awards", description = "Stars of the month or quarter and the team award; closing it again answers the same awards.")
    @APIResponse(responseCode = "201", description = "The period's awards",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PeriodAwards.class)))
    @APIResponse(responseCode = "200", description = "Closed already: the same awards, nothing granted again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PeriodAwards.class)))
    @APIResponse(responseCode = "400", description = "`period` is neither a month (yyyy-MM) nor a quarter (yyyy-Qn)")
    @APIResponse(responseCode = "409", description = "The period has not ended yet")
    public Uni<RestResponse<PeriodAwards>> close(@PathParam("period") String period) {
        return closer.close(PeriodParams.period("period", period), Caller.of(identity).id())
                .map(closed -> closed.newlyClosed()
                        ? RestResponse.ResponseBuilder.<PeriodAwards> created(
                                URI.create("/periods/" + closed.awards().period() + "/awards"))
                                .entity(closed.awards()).build()
                        : RestResponse.ok(closed.awards()));
    }

    /** What a closed period granted: stars in board order, then the team award; 404 while it is not closed. */
    @GET
    @Path("/awards")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "What a closed period granted", description = "Stars in board order, then the team award.")
    @APIResponse(responseCode = "200", description = "The period's awards",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PeriodAwards.class)))
    @APIResponse(responseCode = "400", description = "`period` is neither a month (yyyy-MM) nor a quarter (yyyy-Qn)")
    @APIResponse(responseCode = "404", description = "The period is not closed")
    public Uni<PeriodAwards> awards(@PathParam("period") String period) {
        return store.find(PeriodParams.period("period", period));
    }
}
