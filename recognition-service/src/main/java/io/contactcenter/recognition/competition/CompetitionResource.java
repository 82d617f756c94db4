package io.contactcenter.recognition.competition;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.jboss.resteasy.reactive.RestResponse;

import io.contactcenter.platform.problem.InvalidFieldProblem;
import io.contactcenter.platform.security.Roles;
import io.contactcenter.recognition.RequestParams;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Competitions ("Gold Medal Agent", "Complaint Challenge"): supervisors create them with rounds,
 * record round scores (judges or QA evaluations) and publish each round's results; everyone reads
 * the published results. Scores of an open round are not shown.
 */
@Path("/competitions")
public class CompetitionResource {

    private final CompetitionService service;
    private final SecurityIdentity identity;

    public CompetitionResource(CompetitionService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    public Uni<RestResponse<Views.CompetitionView>> create(@Valid @NotNull NewCompetition request) {
        return service.create(request, identity.getPrincipal().getName())
                .map(c -> RestResponse.ResponseBuilder.<Views.CompetitionView> created(
                        URI.create("/competitions/" + c.competitionId())).entity(c).build());
    }

    @GET
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    public Uni<List<Views.CompetitionView>> list() {
        return service.list();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    public Uni<Views.CompetitionView> get(@PathParam("id") String id) {
        return service.get(competition(id));
    }

    /** Records a batch of scores for an open round, all or none; 409 once the round is published. */
    @POST
    @Path("/{id}/rounds/{round}/scores")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    public Uni<Views.ScoresRecorded> scores(@PathParam("id") String id, @PathParam("round") String round,
            @Valid @NotNull NewScores request) {
        return service.recordScores(competition(id), round(round), request);
    }

    /**
     * Publishes the round: 201 with its results and the standings the first time (and a
     * contactcenter.competition.round-published event), 200 with the same results afterwards;
     * 409 before the previous round is published or without any score.
     */
    @POST
    @Path("/{id}/rounds/{round}/publish")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    public Uni<RestResponse<Views.RoundResults>> publish(@PathParam("id") String id,
            @PathParam("round") String round) {
        return service.publish(competition(id), round(round), identity.getPrincipal().getName())
                .map(p -> p.newlyPublished()
                        ? RestResponse.ResponseBuilder.<Views.RoundResults> created(URI.create("/competitions/"
                                + p.results().competitionId() + "/rounds/" + p.results().round() + "/results"))
                                .entity(p.results()).build()
                        : RestResponse.ok(p.results()));
    }

    /** Every published round's results and the current standings. */
    @GET
    @Path("/{id}/results")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    public Uni<Views.CompetitionResults> results(@PathParam("id") String id) {
        return service.results(competition(id));
    }

    /** One published round's results and the standings after it; 404 while it is not published. */
    @GET
    @Path("/{id}/rounds/{round}/results")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    public Uni<Views.RoundResults> roundResults(@PathParam("id") String id, @PathParam("round") String round) {
        return service.roundResults(competition(id), round(round));
    }

    private static String competition(String id) {
        return RequestParams.id("competitionId", id);
    }

    /** Read as text: "two" is a 400 naming {@code round}, not JAX-RS's 404 for an unconvertible path value. */
    private static int round(String value) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidFieldProblem("round", "round must be a round number (1, 2, ...), was '" + value + "'");
    }
}
