package io.contactcenter.quality.evaluation;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
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
import io.contactcenter.quality.QualityMetrics;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Evaluation tasks and evaluations. Evaluators (QA group, role supervisor) score the tasks assigned
 * to them; the evaluated agent (role agent, token subject = agent id) acknowledges or disputes; a
 * second evaluator reviews disputes. The caller's identity is the token subject.
 */
@Tag(name = "Evaluations", description = "QA evaluation tasks and evaluations: scored by evaluators, acknowledged or disputed by the evaluated agent, disputes reviewed by a second evaluator. The caller is the token subject.")
@Path("/qa/evaluations")
public class EvaluationResource {

    private final EvaluationService evaluations;
    private final QualityMetrics metrics;
    private final SecurityIdentity identity;

    public EvaluationResource(EvaluationService evaluations, QualityMetrics metrics, SecurityIdentity identity) {
        this.evaluations = evaluations;
        this.metrics = metrics;
        this.identity = identity;
    }

    /** Oldest call first. {@code evaluatorId} lists that evaluator's tasks and the disputes they review. */
    @GET
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "List evaluations, oldest call first", description = "Filter by `status`, `agentId`, `evaluatorId` (that evaluator's tasks and the disputes they review).")
    @APIResponse(responseCode = "200", description = "One page of evaluations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationPage.class)))
    @APIResponse(responseCode = "400", description = "`status` is not an evaluation status")
    public Uni<EvaluationPage> list(@QueryParam("status") String status,
            @QueryParam("evaluatorId") String evaluatorId, @QueryParam("agentId") String agentId,
            @QueryParam("teamId") String teamId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return evaluations.list(new EvaluationService.Filter(status(status), blankToNull(evaluatorId),
                blankToNull(agentId), blankToNull(teamId), page, size));
    }

    @GET
    @Path("/{evaluationId}")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN, Roles.AGENT })
    @Operation(summary = "Read an evaluation", description = "An agent reads only the evaluations about them.")
    @APIResponse(responseCode = "200", description = "The evaluation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "400", description = "`evaluationId` is not a UUID")
    @APIResponse(responseCode = "404", description = "No evaluation with this id")
    @APIResponse(responseCode = "403", description = "an agent asks for an evaluation about another agent")
    public Uni<EvaluationView> find(@PathParam("evaluationId") String id) {
        return evaluations.find(uuid(id), Caller.of(identity));
    }

    /** 201: the call is now a task (selection reason MANUAL); 409 if it was picked already. */
    @POST
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Pick a call for QA by hand", description = "The call becomes a task with the selection reason MANUAL.")
    @APIResponse(responseCode = "201", description = "The new task",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid, or `scorecardId` names no scorecard")
    @APIResponse(responseCode = "404", description = "The call is no QA candidate (no call-ended event seen for it)")
    @APIResponse(responseCode = "409", description = "The call was picked already")
    public Uni<RestResponse<EvaluationView>> pick(@Valid @NotNull ManualPick request) {
        return evaluations.pick(request.contactId().trim())
                .map(view -> RestResponse.ResponseBuilder.<EvaluationView> created(
                        URI.create("/qa/evaluations/" + view.evaluationId())).entity(view).build());
    }

    /** Assigns tasks and disputes that wait for an evaluator (e.g. after one was registered or came back). */
    @POST
    @Path("/assign")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Assign waiting tasks and disputes", description = "To evaluators, e.g. after one was registered or came back.")
    @APIResponse(responseCode = "200", description = "How many were assigned, by kind")
    public Uni<Map<String, Integer>> assignWaiting() {
        return evaluations.assignWaiting().map(n -> Map.of("assigned", n));
    }

    @PUT
    @Path("/{evaluationId}/evaluator")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Give a task to another evaluator", description = "The task moves with its draft.")
    @APIResponse(responseCode = "200", description = "The evaluation after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "400", description = "`evaluatorId` is no active evaluator")
    @APIResponse(responseCode = "404", description = "No evaluation with this id")
    @APIResponse(responseCode = "409", description = "the evaluation is not waiting for an evaluator's score")
    public Uni<EvaluationView> reassign(@PathParam("evaluationId") String id, @Valid @NotNull ReassignRequest request) {
        return evaluations.reassign(uuid(id), request.evaluatorId().trim());
    }

    @POST
    @Path("/{evaluationId}/submit")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Score a call", description = "One answer per scorecard item; the score and a fail on a critical item follow.")
    @APIResponse(responseCode = "200", description = "The evaluation after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "400", description = "`evaluationId` is not a UUID, or a field is missing or invalid")
    @APIResponse(responseCode = "404", description = "No evaluation with this id")
    @APIResponse(responseCode = "403", description = "the caller is not the evaluator the task is assigned to")
    @APIResponse(responseCode = "409", description = "the evaluation was submitted already")
    public Uni<EvaluationView> submit(@PathParam("evaluationId") String id, @Valid @NotNull SubmitEvaluation request) {
        return evaluations.submit(uuid(id), caller(), request).invoke(metrics::completed);
    }

    @POST
    @Path("/{evaluationId}/acknowledge")
    @RolesAllowed(Roles.AGENT)
    @Operation(summary = "The agent accepts the evaluation", description = "Only the evaluated agent.")
    @APIResponse(responseCode = "200", description = "The evaluation after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "400", description = "`evaluationId` is not a UUID, or a field is missing or invalid")
    @APIResponse(responseCode = "404", description = "No evaluation with this id")
    @APIResponse(responseCode = "403", description = "the evaluation is about another agent")
    @APIResponse(responseCode = "409", description = "the evaluation is not awaiting the agent")
    public Uni<EvaluationView> acknowledge(@PathParam("evaluationId") String id) {
        return evaluations.acknowledge(uuid(id), caller()).invoke(metrics::responded);
    }

    @POST
    @Path("/{evaluationId}/dispute")
    @RolesAllowed(Roles.AGENT)
    @Operation(summary = "The agent disputes the evaluation", description = "Within the dispute window; a second evaluator reviews it.")
    @APIResponse(responseCode = "200", description = "The evaluation after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "400", description = "`evaluationId` is not a UUID, or a field is missing or invalid")
    @APIResponse(responseCode = "404", description = "No evaluation with this id")
    @APIResponse(responseCode = "403", description = "the evaluation is about another agent")
    @APIResponse(responseCode = "409", description = "the dispute window has closed or the evaluation is not awaiting the agent")
    public Uni<EvaluationView> dispute(@PathParam("evaluationId") String id, @Valid @NotNull DisputeRequest request) {
        return evaluations.dispute(uuid(id), caller(), request).invoke(metrics::responded);
    }

    @POST
    @Path("/{evaluationId}/review")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Review a dispute", description = "UPHELD keeps the answers; AMENDED gives the corrected ones.")
    @APIResponse(responseCode = "200", description = "The evaluation after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "400", description = "`evaluationId` is not a UUID, or a field is missing or invalid")
    @APIResponse(responseCode = "404", description = "No evaluation with this id")
    @APIResponse(responseCode = "403", description = "the caller is not the second evaluator assigned to the dispute")
    @APIResponse(responseCode = "409", description = "the evaluation is not disputed")
    public Uni<EvaluationView> review(@PathParam("evaluationId") String id, @Valid @NotNull ReviewRequest request) {
        return evaluations.review(uuid(id), caller(), request).invoke(metrics::reviewed);
    }

    private String caller() {
        return Caller.of(identity).id();
    }

    static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldProblem("evaluationId", "'" + id + "' is not an evaluation id (UUID)");
        }
    }

    private static EvaluationStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return EvaluationStatus.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldProblem("status", "unknown status '" + value + "'; one of "
                    + java.util.Arrays.toString(EvaluationStatus.values()));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
