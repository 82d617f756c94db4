package io.contactcenter.quality.sampling;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import io.contactcenter.platform.security.Roles;
import io.smallrye.mutiny.Uni;

/** The QA group's work list: which contacts to listen to, and the sampling figures. */
@Path("/qa")
@RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
public class CandidateResource {

    private final CandidateService candidates;

    public CandidateResource(CandidateService candidates) {
        this.candidates = candidates;
    }

    /** Newest contact first; without {@code selected} every candidate is listed. */
    @GET
    @Path("/candidates")
    public Uni<CandidatePage> list(@QueryParam("selected") Boolean selected, @QueryParam("agentId") String agentId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return candidates.list(selected, agentId, page, size);
    }

    @GET
    @Path("/candidates/{contactId}")
    public Uni<CandidateView> find(@PathParam("contactId") String contactId) {
        return candidates.find(contactId);
    }

    @GET
    @Path("/summary")
    public Uni<CandidateSummary> summary() {
        return candidates.summary();
    }
}
