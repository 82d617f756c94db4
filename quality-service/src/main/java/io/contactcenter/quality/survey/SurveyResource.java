package io.contactcenter.quality.survey;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.jboss.resteasy.reactive.RestResponse;

import io.contactcenter.platform.security.Roles;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;

/** Surveys answered after a contact (IVR keypad or SMS), and the satisfaction figures built from them. */
@Path("/surveys")
public class SurveyResource {

    private final SurveyService surveys;
    private final MeterRegistry metrics;

    public SurveyResource(SurveyService surveys, MeterRegistry metrics) {
        this.surveys = surveys;
        this.metrics = metrics;
    }

    /** 201 the first time; 200 with the stored survey when the same surveyId is sent again. */
    @POST
    @RolesAllowed(Roles.PBX)
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
    public Uni<SurveySummary> summary() {
        return surveys.summary();
    }

    @GET
    @Path("/{surveyId}")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    public Uni<SurveyView> find(@PathParam("surveyId") String surveyId) {
        return surveys.find(surveyId);
    }
}
