package io.contactcenter.quality.staff;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.contactcenter.platform.security.Roles;
import io.smallrye.mutiny.Uni;

/**
 * Who QA samples more (new agents: hire dates) and who does the scoring (evaluators). Kept here
 * because no event carries a hire date; administrators or supervisors register them.
 */
@Tag(name = "QA staff", description = "Hire dates (new agents are sampled more) and the evaluators who score.")
@Path("/qa")
@RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
public class StaffResource {

    static final String ID = "[\\w.:@-]+";
    static final String ID_MESSAGE = "letters, digits and . _ : @ - only";

    private final StaffService staff;

    public StaffResource(StaffService staff) {
        this.staff = staff;
    }

    /** Registers or corrects an agent's hire date (idempotent). */
    @PUT
    @Path("/agents/{agentId}")
    @Operation(summary = "Register or correct an agent's hire date", description = "Idempotent.")
    @APIResponse(responseCode = "200", description = "The agent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgentView.class)))
    @APIResponse(responseCode = "400", description = "`agentId` or a field is invalid")
    public Uni<AgentView> registerAgent(
            @PathParam("agentId") @Size(max = 64) @Pattern(regexp = ID, message = ID_MESSAGE) String agentId,
            @Valid @NotNull AgentRegistration registration) {
        return staff.registerAgent(agentId, registration);
    }

    @GET
    @Path("/agents/{agentId}")
    @Operation(summary = "Read an agent's QA record", description = "Hire date.")
    @APIResponse(responseCode = "200", description = "The agent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgentView.class)))
    @APIResponse(responseCode = "404", description = "No agent with this id")
    public Uni<AgentView> agent(@PathParam("agentId") String agentId) {
        return staff.agent(agentId);
    }

    /** Registers, renames, activates or deactivates an evaluator (idempotent); the id is their token subject. */
    @PUT
    @Path("/evaluators/{evaluatorId}")
    @Operation(summary = "Register, rename, activate or deactivate an evaluator", description = "Idempotent; the id is the evaluator's token subject.")
    @APIResponse(responseCode = "200", description = "The evaluator",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluatorView.class)))
    @APIResponse(responseCode = "400", description = "`evaluatorId` or a field is invalid")
    public Uni<EvaluatorView> registerEvaluator(
            @PathParam("evaluatorId") @Size(max = 64) @Pattern(regexp = ID, message = ID_MESSAGE) String evaluatorId,
            @Valid @NotNull EvaluatorRegistration registration) {
        return staff.registerEvaluator(evaluatorId, registration);
    }

    @GET
    @Path("/evaluators")
    @Operation(summary = "Every evaluator", description = "Active or not.")
    @APIResponse(responseCode = "200", description = "The evaluators")
    public Uni<List<EvaluatorView>> evaluators() {
        return staff.evaluators();
    }
}
