package io.contactcenter.quality;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.contactcenter.platform.problem.Problem;

/** The one problem type this service adds to platform-support's mappers. */
public class QualityProblemMappers {

    @ServerExceptionMapper
    public Response forbidden(ForbiddenProblem e) {
        return Problem.of(Response.Status.FORBIDDEN, e.getMessage()).toResponse();
    }
}
