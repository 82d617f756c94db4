package io.contactcenter.recognition.leaderboard;

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
import io.contactcenter.recognition.period.Period;
import io.contactcenter.recognition.period.PeriodParams;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Monthly and quarterly rankings (Star of the Month: top 50; Star of the Quarter: top 30),
 * center-wide or for one team: the top of a board, and an agent's place on it with its neighbours.
 */
@Tag(name = "Leaderboards", description = "Monthly (Star of the Month: top 50) and quarterly (Star of the Quarter: top 30) rankings, center-wide or for one team.")
@Path("/leaderboards")
public class LeaderboardResource {

    static final int DEFAULT_TOP = 50;

    private final Leaderboards leaderboards;
    private final RecognitionConfig config;
    private final SecurityIdentity identity;

    public LeaderboardResource(Leaderboards leaderboards, RecognitionConfig config, SecurityIdentity identity) {
        this.leaderboards = leaderboards;
        this.config = config;
        this.identity = identity;
    }

    @GET
    @Path("/monthly/{month}")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "A month's leaderboard", description = "Center-wide or for `teamId`; the top `top` entries.")
    @APIResponse(responseCode = "200", description = "The board",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Leaderboard.class)))
    @APIResponse(responseCode = "400", description = "The period is malformed, or `top` is not a number in range")
    public Uni<Leaderboard> monthly(@PathParam("month") String month, @QueryParam("top") String top,
            @QueryParam("teamId") String teamId) {
        return leaderboards.monthly(PeriodParams.month(month), team(teamId), top(top));
    }

    @GET
    @Path("/quarterly/{quarter}")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "A quarter's leaderboard", description = "Center-wide or for `teamId`; the top `top` entries.")
    @APIResponse(responseCode = "200", description = "The board",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Leaderboard.class)))
    @APIResponse(responseCode = "400", description = "The period is malformed, or `top` is not a number in range")
    public Uni<Leaderboard> quarterly(@PathParam("quarter") String quarter, @QueryParam("top") String top,
            @QueryParam("teamId") String teamId) {
        return leaderboards.quarterly(PeriodParams.quarter(quarter), team(teamId), top(top));
    }

    /**
     * Around me: the agent's rank and points on the month's board (center-wide, or its team's with
     * {@code teamId}) and {@code around} agents on each side (default 5; 0 for the rank alone).
     */
    @GET
    @Path("/monthly/{month}/agents/{agentId}")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "An agent's place on a month's board", description = "With its neighbours. An `agent` token "
            + "asks about itself only.")
    @APIResponse(responseCode = "200", description = "The agent and its neighbours",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AroundAgent.class)))
    @APIResponse(responseCode = "400", description = "The period is malformed, or `agentId`, `teamId` or the neighbour count is invalid")
    @APIResponse(responseCode = "403", description = RequestParams.OTHER_AGENT)
    public Uni<AroundAgent> monthlyAround(@PathParam("month") String month, @PathParam("agentId") String agentId,
            @QueryParam("teamId") String teamId, @QueryParam("around") String around) {
        return leaderboards.around(Period.month(PeriodParams.month(month)), team(teamId), agentId(agentId),
                around(around));
    }

    @GET
    @Path("/quarterly/{quarter}/agents/{agentId}")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "An agent's place on a quarter's board", description = "With its neighbours. An `agent` "
            + "token asks about itself only.")
    @APIResponse(responseCode = "200", description = "The agent and its neighbours",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AroundAgent.class)))
    @APIResponse(responseCode = "400", description = "The period is malformed, or `agentId`, `teamId` or the neighbour count is invalid")
    @APIResponse(responseCode = "403", description = RequestParams.OTHER_AGENT)
    public Uni<AroundAgent> quarterlyAround(@PathParam("quarter") String quarter,
            @PathParam("agentId") String agentId, @QueryParam("teamId") String teamId,
            @QueryParam("around") String around) {
        return leaderboards.around(Period.quarter(PeriodParams.quarter(quarter)), team(teamId), agentId(agentId),
                around(around));
    }

    private String agentId(String value) {
        return RequestParams.agentId(value, Caller.of(identity));
    }

    private int around(String value) {
        if (value == null) {
            return config.defaultAround();
        }
        return RequestParams.wholeNumber("around", value, 0, config.maxAround());
    }

    /** Read as text so "abc" is a 400 naming {@code top}, not JAX-RS's 404 for an unconvertible query value. */
    private int top(String value) {
        if (value == null) {
            return DEFAULT_TOP;
        }
        return RequestParams.wholeNumber("top", value, 1, config.maxTop());
    }

    static String team(String teamId) {
        if (teamId == null) {
            return null;
        }
        return RequestParams.id("teamId", teamId);
    }
}
