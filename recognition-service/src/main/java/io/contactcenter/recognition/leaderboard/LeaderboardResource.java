package io.contactcenter.recognition.leaderboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import io.contactcenter.platform.problem.InvalidFieldProblem;
import io.contactcenter.platform.security.Roles;
import io.contactcenter.recognition.RecognitionConfig;
import io.contactcenter.recognition.period.PeriodParams;
import io.smallrye.mutiny.Uni;

/**
 * Monthly and quarterly rankings (Star of the Month: top 50; Star of the Quarter: top 30),
 * center-wide or for one team.
 */
@Path("/leaderboards")
public class LeaderboardResource {

    static final int DEFAULT_TOP = 50;

    private final Leaderboards leaderboards;
    private final RecognitionConfig config;

    public LeaderboardResource(Leaderboards leaderboards, RecognitionConfig config) {
        this.leaderboards = leaderboards;
        this.config = config;
    }

    @GET
    @Path("/monthly/{month}")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    public Uni<Leaderboard> monthly(@PathParam("month") String month, @QueryParam("top") String top,
            @QueryParam("teamId") String teamId) {
        return leaderboards.monthly(PeriodParams.month(month), team(teamId), top(top));
    }

    @GET
    @Path("/quarterly/{quarter}")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    public Uni<Leaderboard> quarterly(@PathParam("quarter") String quarter, @QueryParam("top") String top,
            @QueryParam("teamId") String teamId) {
        return leaderboards.quarterly(PeriodParams.quarter(quarter), team(teamId), top(top));
    }

    /** Read as text so "abc" is a 400 naming {@code top}, not JAX-RS's 404 for an unconvertible query value. */
    private int top(String value) {
        if (value == null) {
            return DEFAULT_TOP;
        }
        int max = config.maxTop();
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidFieldProblem("top", "top must be a whole number from 1 to " + max + ", was '" + value + "'");
    }

    private static String team(String teamId) {
        if (teamId == null) {
            return null;
        }
        if (teamId.isBlank() || teamId.length() > 64) {
            throw new InvalidFieldProblem("teamId", "teamId must be 1 to 64 characters");
        }
        return teamId;
    }
}
