package io.contactcenter.recognition.leaderboard;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
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

import io.contactcenter.platform.security.Caller;
import io.contactcenter.platform.security.Roles;
import io.contactcenter.recognition.RecognitionConfig;
import io.contactcenter.recognition.RequestParams;
import io.contactcenter.recognition.award.AwardStore;
import io.contactcenter.recognition.award.AwardView;
import io.contactcenter.recognition.period.PeriodParams;
import io.contactcenter.recognition.praise.PraiseEntry;
import io.contactcenter.recognition.praise.PraiseHistory;
import io.contactcenter.recognition.period.RecognitionClock;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** One agent's standing, praise history and awards, e.g. for the agent desktop; an agent reads only its own. */
@Tag(name = "Agent praise", description = "One agent's standing, praise history and awards, e.g. for the agent desktop. "
        + "An `agent` token reads only its own (token subject = agent id); supervisors and admins read anyone's.")
@Path("/agents/{agentId}")
public class AgentPraiseResource {

    private final Leaderboards leaderboards;
    private final PraiseHistory history;
    private final AwardStore awards;
    private final RecognitionClock clock;
    private final RecognitionConfig config;
    private final SecurityIdentity identity;

    public AgentPraiseResource(Leaderboards leaderboards, PraiseHistory history, AwardStore awards,
            RecognitionClock clock, RecognitionConfig config, SecurityIdentity identity) {
        this.leaderboards = leaderboards;
        this.history = history;
        this.awards = awards;
        this.clock = clock;
        this.config = config;
        this.identity = identity;
    }

    /** Points and center-wide rank in a month (default: the current one); an unknown agent simply has none. */
    @GET
    @Path("/praise")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "An agent's points and rank in a month", description = "The current month by default; an unknown agent simply has none.")
    @APIResponse(responseCode = "200", description = "Points and rank",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgentPraise.class)))
    @APIResponse(responseCode = "400", description = "`agentId` or `month` is invalid")
    @APIResponse(responseCode = "403", description = RequestParams.OTHER_AGENT)
    public Uni<AgentPraise> praise(@PathParam("agentId") String agentId, @QueryParam("month") String month) {
        return leaderboards.agent(agentId(agentId),
                month == null ? clock.currentMonth() : PeriodParams.month(month));
    }

    /**
     * The agent's praise, newest first (default and largest {@code limit}: recognition.max-history):
     * reason (comment), source contact, source, the month it counts for, and COUNTED or LATE.
     */
    @GET
    @Path("/praise/history")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "An agent's praise, newest first", description = "Each praise with its source and points.")
    @APIResponse(responseCode = "200", description = "The praise entries")
    @APIResponse(responseCode = "400", description = "`agentId` or a parameter is invalid")
    @APIResponse(responseCode = "403", description = RequestParams.OTHER_AGENT)
    public Uni<List<PraiseEntry>> praiseHistory(@PathParam("agentId") String agentId,
            @QueryParam("limit") String limit) {
        String agent = agentId(agentId);
        int n = limit == null ? config.maxHistory()
                : RequestParams.wholeNumber("limit", limit, 1, config.maxHistory());
        return history.recent(agent, n);
    }

    /** The agent's awards (stars of the month and of the quarter), newest first; empty if never honoured. */
    @GET
    @Path("/awards")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "An agent's awards, newest first", description = "Stars of the month and of the quarter; empty if never honoured.")
    @APIResponse(responseCode = "200", description = "The awards")
    @APIResponse(responseCode = "400", description = "`agentId` is invalid")
    @APIResponse(responseCode = "403", description = RequestParams.OTHER_AGENT)
    public Uni<List<AwardView>> awards(@PathParam("agentId") String agentId) {
        return awards.ofAgent(agentId(agentId));
    }

    private String agentId(String value) {
        return RequestParams.agentId(value, Caller.of(identity));
    }
}
