package io.contactcenter.recognition.rate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import io.contactcenter.platform.security.Roles;
import io.contactcenter.recognition.RequestParams;
import io.contactcenter.recognition.period.PeriodParams;
import io.smallrye.mutiny.Uni;

/** Praise per 100 handled contacts, per month: the center and its teams, one team, one agent. */
@Path("/praise-rates/{month}")
public class PraiseRateResource {

    private final PraiseRates rates;

    public PraiseRateResource(PraiseRates rates) {
        this.rates = rates;
    }

    @GET
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    public Uni<MonthRates> month(@PathParam("month") String month) {
        return rates.month(PeriodParams.month(month));
    }

    @GET
    @Path("/teams/{teamId}")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    public Uni<PraiseRate> team(@PathParam("month") String month, @PathParam("teamId") String teamId) {
        return rates.team(PeriodParams.month(month), RequestParams.id("teamId", teamId));
    }

    @GET
    @Path("/agents/{agentId}")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    public Uni<PraiseRate> agent(@PathParam("month") String month, @PathParam("agentId") String agentId) {
        return rates.agent(PeriodParams.month(month), RequestParams.id("agentId", agentId));
    }
}
