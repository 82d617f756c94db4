package io.contactcenter.routing.agent;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.contactcenter.platform.security.Roles;
import io.smallrye.mutiny.Uni;

/**
 * A roster loaded at once, from a JSON array or a spreadsheet's CSV export. At /agents/import (the
 * custom-method form /agents:import does not route in Quarkus REST), so "import" is not an agent id.
 */
@Path("/agents/import")
@Tag(name = "Agents")
@APIResponse(responseCode = "503", description = "Redis is unreachable or loading (`redis`), or the service is "
        + "saturated: retry after `Retry-After` seconds (re-sending the same file is safe)")
public class AgentImportResource {

    static final String SUMMARY = "Import up to 10,000 agents";
    static final String DESCRIPTION = "Every row is checked first: one bad row and nothing is imported (a 400 "
            + "problem lists each bad row's line and field), unless `partial=true` imports the valid rows and lists the "
            + "others. Re-importing the same roster changes nothing and publishes nothing; a changed row is one "
            + "`agent.profile-changed` event.";
    static final String PARTIAL = "Import the valid rows and list the rejected ones, instead of rejecting the file";

    private final AgentImport imports;

    public AgentImportResource(AgentImport imports) {
        this.imports = imports;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = SUMMARY + " (JSON array)", description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = "Counts of created, updated and unchanged agents",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgentImport.ImportResult.class)))
    @APIResponse(responseCode = "400", description = "Rows rejected (each named by line and field), or more than 10,000")
    public Uni<AgentImport.ImportResult> importJson(@NotNull List<AgentImport.Entry> entries,
            @Parameter(description = PARTIAL) @QueryParam("partial") boolean partial) {
        return imports.run(AgentImport.fromJson(entries), partial);
    }

    @POST
    @Consumes("text/csv")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = SUMMARY + " (CSV)", description = DESCRIPTION + " Header line "
            + "`agentId,name,teamId,teamLeaderId,hireDate,skills`; skills as `billing=3;lang:zh=2`; a field with a comma "
            + "in double quotes.")
    @APIResponse(responseCode = "200", description = "Counts of created, updated and unchanged agents",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgentImport.ImportResult.class)))
    @APIResponse(responseCode = "400", description = "The header line is wrong, rows rejected (each named by line and field), or more than 10,000")
    public Uni<AgentImport.ImportResult> importCsv(@NotNull String csv,
            @Parameter(description = PARTIAL) @QueryParam("partial") boolean partial) {
        return imports.run(AgentRows.parseCsv(csv), partial);
    }
}
