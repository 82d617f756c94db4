package io.contactcenter.recognition.award;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.jboss.resteasy.reactive.RestResponse;

import io.contactcenter.platform.security.Roles;
import io.contactcenter.recognition.period.PeriodParams;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Closing a period, and what each closed period granted. An agent's awards: {@code GET /agents/{id}/awards}. */
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
    public Uni<RestResponse<PeriodAwards>> close(@PathParam("period") String period) {
        return closer.close(PeriodParams.period("period", period), identity.getPrincipal().getName())
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
    public Uni<PeriodAwards> awards(@PathParam("period") String period) {
        return store.find(PeriodParams.period("period", period));
    }
}
