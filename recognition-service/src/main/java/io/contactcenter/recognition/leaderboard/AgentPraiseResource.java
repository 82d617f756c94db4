package io.contactcenter.recognition.leaderboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import io.contactcenter.platform.security.Roles;
import io.contactcenter.recognition.period.PeriodParams;
import io.contactcenter.recognition.period.RecognitionClock;
import io.smallrye.mutiny.Uni;

/** One agent's standing, e.g. for the agent desktop. */
@Path("/agents")
public class AgentPraiseResource {

    private final Leaderboards leaderboards;
    private final RecognitionClock clock;

    public AgentPraiseResource(Leaderboards leaderboards, RecognitionClock clock) {
        this.leaderboards = leaderboards;
        this.clock = clock;
    }

    /** Points and center-wide rank in a month (default: the current one); an unknown agent simply has none. */
    @GET
    @Path("/{agentId}/praise")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    public Uni<AgentPraise> praise(@PathParam("agentId") String agentId, @QueryParam("month") String month) {
        return leaderboards.agent(agentId, month == null ? clock.currentMonth() : PeriodParams.month(month));
    }
}
