package io.contactcenter.quality.survey;

import java.net.URI;

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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.jboss.resteasy.reactive.RestResponse;

import io.contactcenter.platform.security.Roles;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;

/** Surveys answered after a contact (IVR keypad or SMS), and the satisfaction figures built from them. */
@Tag(name = "Surveys", description = "Post-contact surveys (IVR keypad or SMS) and the satisfaction figures built from them.")
@Path("/surveys")
public class SurveyResource {

    private final SurveyService surveys;
    private final MeterRegistry metrics;

    public SurveyResource(SurveyService surveys, MeterRegistry metrics) {
        this.surveys = surveys;
        this.metrics = metrics;
    }

    /**
     * 201 the first time; 200 with the stored survey when the same surveyId is sent again. The agent and
     * team are the call's; a survey naming others is a 409; one sent before call.ended is known is kept.
     */
    @POST
    @RolesAllowed(Roles.PBX)
    @Operation(summary = "Hand over an answered survey", description = "201 the first time; the same `surveyId` again "
            + "answers 200 with the stored survey and changes nothing.\n\n"
            + "The survey is about the agent and team of the call (`contactId`), as its `contactcenter.call.ended` "
            + "says; `agentId` and `teamId` may be left out. When the call is known and the survey names another "
            + "agent or team, the answer is 409 and nothing is stored. A survey sent before the call's end has "
            + "reached quality-service (the event travels through Kafka and may take a moment) is accepted (201, "
            + "`callKnown: false`): it keeps the `agentId`/`teamId` it gives until the call is known, then takes the "
            + "call's; its praise is published for the call's agent at that moment. No retry is needed.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewSurvey.class)))
    @APIResponse(responseCode = "201", description = "Stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SurveyView.class)))
    @APIResponse(responseCode = "200", description = "Known already: the stored survey",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SurveyView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid, or `answeredAt` is in the future")
    @APIResponse(responseCode = "409", description = "`agentId` or `teamId` is not the call's (final: fix the data, do not retry)")
    public Uni<RestResponse<SurveyView>> receive(@Valid @NotNull NewSurvey survey) {
        return surveys.receive(survey).map(received -> {
            if (!received.created()) {
                return RestResponse.ok(received.survey());
            }
            // Counted after the commit, so a rolled-back request is not counted.
            metrics.counter("surveys_received_total", "praise", String.valueOf(received.survey().praise()))
                    .increment();
            return RestResponse.ResponseBuilder.<SurveyView> created(URI.create("/surveys/" + received.survey().surveyId()))
                    .entity(received.survey()).build();
        });
    }

    @GET
    @Path("/summary")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Satisfaction figures", description = "CSAT and the answer counts over all surveys.")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SurveySummary.class)))
    public Uni<SurveySummary> summary() {
        return surveys.summary();
    }

    @GET
    @Path("/{surveyId}")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Read a survey", description = "As it was handed over.")
    @APIResponse(responseCode = "200", description = "The survey",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SurveyView.class)))
    @APIResponse(responseCode = "404", description = "No survey with this id")
    public Uni<SurveyView> find(@PathParam("surveyId") String surveyId) {
        return surveys.find(surveyId);
    }
}
