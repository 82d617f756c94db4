package io.contactcenter.recognition.rate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.contactcenter.platform.security.Caller;
import io.contactcenter.platform.security.Roles;
import io.contactcenter.recognition.RequestParams;
import io.contactcenter.recognition.period.PeriodParams;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Praise per 100 handled contacts, per month: the center and its teams, one team, one agent. */
@Tag(name = "Praise rates", description = "Praise per 100 handled contacts, per month.")
@Path("/praise-rates/{month}")
public class PraiseRateResource {

    private final PraiseRates rates;
    private final SecurityIdentity identity;

    public PraiseRateResource(PraiseRates rates, SecurityIdentity identity) {
        this.rates = rates;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "A month's praise rates", description = "The center and each team.")
    @APIResponse(responseCode = "200", description = "The rates",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MonthRates.class)))
    @APIResponse(responseCode = "400", description = "`month` is not yyyy-MM")
    public Uni<MonthRates> month(@PathParam("month") String month) {
        return rates.month(PeriodParams.month(month));
    }

    @GET
    @Path("/teams/{teamId}")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "One team's praise rate in a month", description = "Praise, handled contacts and the rate.")
    @APIResponse(responseCode = "200", description = "The rate",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PraiseRate.class)))
    @APIResponse(responseCode = "400", description = "`month` is not yyyy-MM, or `teamId` is invalid")
    public Uni<PraiseRate> team(@PathParam("month") String month, @PathParam("teamId") String teamId) {
        return rates.team(PeriodParams.month(month), RequestParams.id("teamId", teamId));
    }

    @GET
    @Path("/agents/{agentId}")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "One agent's praise rate in a month", description = "Praise, handled contacts and the rate. "
            + "An `agent` token reads only its own.")
    @APIResponse(responseCode = "200", description = "The rate",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PraiseRate.class)))
    @APIResponse(responseCode = "400", description = "`month` is not yyyy-MM, or `agentId` is invalid")
    @APIResponse(responseCode = "403", description = RequestParams.OTHER_AGENT)
    public Uni<PraiseRate> agent(@PathParam("month") String month, @PathParam("agentId") String agentId) {
        String agent = RequestParams.agentId(agentId, Caller.of(identity));
        return rates.agent(PeriodParams.month(month), agent);
    }
}
