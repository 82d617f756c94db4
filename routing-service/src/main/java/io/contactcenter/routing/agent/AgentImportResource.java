package io.contactcenter.routing.agent;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.contactcenter.platform.problem.InvalidFieldProblem;
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
    private final ObjectMapper json;

    public AgentImportResource(AgentImport imports, ObjectMapper json) {
        this.imports = imports;
        this.json = json;
    }

    /**
     * One method for both media types: with two methods on one path, Quarkus REST answers a malformed
     * Content-Type with a 500 while choosing between them; here it is a 415 problem like everywhere else.
     */
    @POST
    @Consumes({ MediaType.APPLICATION_JSON, CSV })
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = SUMMARY + " (JSON array or CSV)", description = DESCRIPTION + " CSV: header line "
            + "`agentId,name,teamId,teamLeaderId,hireDate,skills`; skills as `billing=3;lang:zh=2`; a field with a comma "
            + "in double quotes. JSON: an array of objects with `agentId` and the profile's fields.")
    @APIResponse(responseCode = "200", description = "Counts of created, updated and unchanged agents",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgentImport.ImportResult.class)))
    @APIResponse(responseCode = "400", description = "Not a JSON array or CSV with the header line, rows rejected (each named "
            + "by line and field), or more than 10,000")
    public Uni<AgentImport.ImportResult> importRoster(@NotNull String roster,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @Parameter(description = PARTIAL) @QueryParam("partial") boolean partial) {
        if (contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith(CSV)) {
            return imports.run(AgentRows.parseCsv(roster), partial);
        }
        List<AgentImport.Entry> entries;
        try {
            entries = json.readValue(roster, ENTRIES);
        } catch (JsonProcessingException e) {
            throw new InvalidFieldProblem("body", "not a JSON array of agents: " + e.getOriginalMessage());
        }
        if (entries == null) {
            throw new InvalidFieldProblem("body", "a JSON array of agents is required");
        }
        return imports.run(AgentImport.fromJson(entries), partial);
    }

    static final String CSV = "text/csv";
    private static final TypeReference<List<AgentImport.Entry>> ENTRIES = new TypeReference<>() {
    };
}
