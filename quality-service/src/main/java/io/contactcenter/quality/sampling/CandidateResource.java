package io.contactcenter.quality.sampling;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.contactcenter.platform.security.Roles;
import io.smallrye.mutiny.Uni;

/** The QA group's work list: which contacts to listen to, and the sampling figures. */
@Tag(name = "QA sampling", description = "The QA group's work list: which contacts to listen to, and the sampling figures.")
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
    @Operation(summary = "List QA candidates, newest contact first", description = "Without `selected` every candidate is listed.")
    @APIResponse(responseCode = "200", description = "One page of candidates",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CandidatePage.class)))
    @APIResponse(responseCode = "400", description = "A filter value is invalid")
    public Uni<CandidatePage> list(@QueryParam("selected") Boolean selected, @QueryParam("agentId") String agentId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return candidates.list(selected, agentId, page, size);
    }

    @GET
    @Path("/candidates/{contactId}")
    @Operation(summary = "Read a QA candidate", description = "Whether and why it was picked.")
    @APIResponse(responseCode = "200", description = "The candidate",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CandidateView.class)))
    @APIResponse(responseCode = "404", description = "No candidate with this contact id")
    public Uni<CandidateView> find(@PathParam("contactId") String contactId) {
        return candidates.find(contactId);
    }

    @GET
    @Path("/summary")
    @Operation(summary = "Sampling figures", description = "Calls seen and picked, by reason.")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CandidateSummary.class)))
    public Uni<CandidateSummary> summary() {
        return candidates.summary();
    }
}
