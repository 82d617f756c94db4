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
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.jboss.resteasy.reactive.RestResponse;

import io.contactcenter.platform.problem.InvalidFieldProblem;
import io.contactcenter.platform.security.Caller;
import io.contactcenter.platform.security.Roles;
import io.contactcenter.recognition.RequestParams;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Competitions ("Gold Medal Agent", "Complaint Challenge"): supervisors create them with rounds,
 * record round scores (judges or QA evaluations) and publish each round's results; everyone reads
 * the published results. Scores of an open round are not shown.
 */
@Tag(name = "Competitions", description = "Competitions with rounds: supervisors record round scores and publish each round; everyone reads published results.")
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
    @Operation(summary = "Create a competition", description = "With its rounds and scoring rules.")
    @APIResponse(responseCode = "201", description = "The competition",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.CompetitionView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid")
    @APIResponse(responseCode = "409", description = "A competition with this id exists already")
    public Uni<RestResponse<Views.CompetitionView>> create(@Valid @NotNull NewCompetition request) {
        return service.create(request, Caller.of(identity).id())
                .map(c -> RestResponse.ResponseBuilder.<Views.CompetitionView> created(
                        URI.create("/competitions/" + c.competitionId())).entity(c).build());
    }

    @GET
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Every competition", description = "Newest first.")
    @APIResponse(responseCode = "200", description = "The competitions")
    public Uni<List<Views.CompetitionView>> list() {
        return service.list();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Read a competition", description = "Its rounds and which are published.")
    @APIResponse(responseCode = "200", description = "The competition",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.CompetitionView.class)))
    @APIResponse(responseCode = "404", description = "No competition with this id (or no such round)")
    public Uni<Views.CompetitionView> get(@PathParam("id") String id) {
        return service.get(competition(id));
    }

    /** Records a batch of scores for an open round, all or none; 409 once the round is published. */
    @POST
    @Path("/{id}/rounds/{round}/scores")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Record scores for an open round", description = "A batch, all or none.")
    @APIResponse(responseCode = "200", description = "What was recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.ScoresRecorded.class)))
    @APIResponse(responseCode = "400", description = "`round` is not a round number (1, 2, ...)")
    @APIResponse(responseCode = "404", description = "No competition with this id (or no such round)")
    @APIResponse(responseCode = "409", description = "The round is published already")
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
    @Operation(summary = "Publish a round's results", description = "Rounds are published in order; the standings follow.")
    @APIResponse(responseCode = "201", description = "The round's results",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.RoundResults.class)))
    @APIResponse(responseCode = "400", description = "`round` is not a round number (1, 2, ...)")
    @APIResponse(responseCode = "404", description = "No competition with this id (or no such round)")
    @APIResponse(responseCode = "409", description = "The round is published already, or the round before it is not")
    public Uni<RestResponse<Views.RoundResults>> publish(@PathParam("id") String id,
            @PathParam("round") String round) {
        return service.publish(competition(id), round(round), Caller.of(identity).id())
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
    @Operation(summary = "Every published round and the standings", description = "Scores of an open round are not shown.")
    @APIResponse(responseCode = "200", description = "The results",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.CompetitionResults.class)))
    @APIResponse(responseCode = "404", description = "No competition with this id (or no such round)")
    public Uni<Views.CompetitionResults> results(@PathParam("id") String id) {
        return service.results(competition(id));
    }

    /** One published round's results and the standings after it; 404 while it is not published. */
    @GET
    @Path("/{id}/rounds/{round}/results")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "One published round and the standings after it", description = "404 while it is not published.")
    @APIResponse(responseCode = "200", description = "The round's results",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.RoundResults.class)))
    @APIResponse(responseCode = "400", description = "`round` is not a round number (1, 2, ...)")
    @APIResponse(responseCode = "404", description = "No such competition, or the round is not published")
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
