package it.ccvmi.planner.api.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A 4xx answer of the API, rendered by {@link ProblemHandling} as a problem document. */
public class ApiProblem extends ErrorResponseException {

    private ApiProblem(HttpStatus status, String title, String detail) {
        super(status, problem(status, title, detail), null);
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(HttpStatus.NOT_FOUND, ProblemTitles.of(HttpStatus.NOT_FOUND), detail);
    }

    /** The resource is in a state that does not allow the change (e.g. publishing a superseded version). */
    public static ApiProblem conflict(String detail) {
        return new ApiProblem(HttpStatus.CONFLICT, ProblemTitles.of(HttpStatus.CONFLICT), detail);
    }

    /** A conflict people read in the pages: title and detail in their words. */
    public static ApiProblem conflict(String title, String detail) {
        return new ApiProblem(HttpStatus.CONFLICT, title, detail);
    }

    /** The client's copy is outdated: the resource changed since it read the ETag it sent in If-Match. */
    public static ApiProblem preconditionFailed(String detail) {
        return new ApiProblem(HttpStatus.PRECONDITION_FAILED, ProblemTitles.of(HttpStatus.PRECONDITION_FAILED),
                detail);
    }

    /** One input field is wrong in a way bean validation cannot see (e.g. an unknown goods code). */
    public static ApiProblem invalidField(String field, String message) {
        ApiProblem problem = new ApiProblem(HttpStatus.BAD_REQUEST, ProblemTitles.of(HttpStatus.BAD_REQUEST),
                field + ": " + message);
        problem.getBody().setProperty("errors", List.of(ProblemHandling.FieldProblem.of(field, message)));
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
