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

import io.contactcenter.platform.security.Roles;
import io.smallrye.mutiny.Uni;

/**
 * Who QA samples more (new agents: hire dates) and who does the scoring (evaluators). Kept here
 * because no event carries a hire date; administrators or supervisors register them.
 */
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
    public Uni<AgentView> registerAgent(
            @PathParam("agentId") @Size(max = 64) @Pattern(regexp = ID, message = ID_MESSAGE) String agentId,
            @Valid @NotNull AgentRegistration registration) {
        return staff.registerAgent(agentId, registration);
    }

    @GET
    @Path("/agents/{agentId}")
    public Uni<AgentView> agent(@PathParam("agentId") String agentId) {
        return staff.agent(agentId);
    }

    /** Registers, renames, activates or deactivates an evaluator (idempotent); the id is their token subject. */
    @PUT
    @Path("/evaluators/{evaluatorId}")
    public Uni<EvaluatorView> registerEvaluator(
            @PathParam("evaluatorId") @Size(max = 64) @Pattern(regexp = ID, message = ID_MESSAGE) String evaluatorId,
            @Valid @NotNull EvaluatorRegistration registration) {
        return staff.registerEvaluator(evaluatorId, registration);
    }

    @GET
    @Path("/evaluators")
    public Uni<List<EvaluatorView>> evaluators() {
        return staff.evaluators();
    }
}
