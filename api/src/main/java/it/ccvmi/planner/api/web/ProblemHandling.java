package it.ccvmi.planner.api.web;

import it.ccvmi.planner.data.exchange.SheetAlreadyImportedException;
import it.ccvmi.planner.planning.csv.ImportException;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Every error of the API as an RFC 9457 problem document. Validation problems list each field in
 * {@code errors}: {@code [{"field": ..., "message": ...}]}; import problems also carry file and line.
 * Throw {@link ApiProblem} for the API's own 4xx answers (not found, conflict, bad state).
 */
@RestControllerAdvice
public class ProblemHandling extends ResponseEntityExceptionHandler {

    /** A rejected sheet lists this many problems and says how many there are in all ({@code total}). */
    static final int MAX_LISTED_PROBLEMS = 100;

    /** One problem with one input field (or one line of an imported file). */
    public record FieldProblem(String field, String message, String file, Integer line) {

        public static FieldProblem of(String field, String message) {
            return new FieldProblem(field, message, null, null);
        }
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException failure,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = failure.getBindingResult().getFieldErrors().stream()
                .map(error -> FieldProblem.of(error.getField(), error.getDefaultMessage())).toList();
        return invalid(problems, headers);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException failure,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = failure.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> FieldProblem.of(
                        result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return invalid(problems, headers);
    }

    /** Malformed JSON, or a value of the wrong type: names the field when the JSON parser knows it. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException failure,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (NestedExceptionUtils.getMostSpecificCause(failure) instanceof BodyTooLargeException tooLarge) {
            return bodyTooLarge(tooLarge);
        }
        String field = "body";
        String message = "impossibile leggere il corpo della richiesta (JSON mancante o malformato)";
        if (failure.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            field = jackson.getPath().stream().map(reference -> reference.getPropertyName() != null
                    ? reference.getPropertyName() : "[" + reference.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse(field);
            message = jackson instanceof InvalidFormatException invalid && invalid.getTargetType() == LocalDate.class
                    ? invalid.getOriginalMessage() : "tipo o formato non valido";
        }
        return invalid(List.of(FieldProblem.of(field, message)), headers);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException failure) {
        List<FieldProblem> problems = failure.getConstraintViolations().stream()
                .map(violation -> FieldProblem.of(lastNode(violation.getPropertyPath().toString()),
                        violation.getMessage()))
                .toList();
        return invalid(problems, new HttpHeaders());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException failure) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
        String message = cause instanceof ServiceDateBinding.UnacceptedDate date ? date.getMessage()
                : "valore non leggibile: '" + failure.getValue() + "'";
        return invalid(List.of(FieldProblem.of(failure.getName(), message)), new HttpHeaders());
    }

    @ExceptionHandler(ImportException.class)
    ResponseEntity<Object> importRejected(ImportException failure) {
        List<FieldProblem> problems = failure.getProblems().stream()
                .map(problem -> new FieldProblem(problem.field(), problem.message(), problem.file(), problem.line()))
                .toList();
        String listed = problems.size() > MAX_LISTED_PROBLEMS ? " (elencati i primi " + MAX_LISTED_PROBLEMS + ")"
                : "";
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                problems.size() + " problemi nel file: non è stato importato nulla" + listed);
        titled(detail);
        detail.setProperty("total", problems.size());
        detail.setProperty("errors", problems.subList(0, Math.min(problems.size(), MAX_LISTED_PROBLEMS)));
        return ResponseEntity.unprocessableContent().body(detail);
    }

    @ExceptionHandler(BodyTooLargeException.class)
    ResponseEntity<Object> bodyTooLarge(BodyTooLargeException failure) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .body(titled(ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, failure.getMessage())));
    }

    @ExceptionHandler(SheetAlreadyImportedException.class)
    ResponseEntity<Object> sheetAgain(SheetAlreadyImportedException failure) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(titled(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, failure.getMessage())));
    }

    /** Two changes of one row crossed: the later one is refused, nothing is overwritten. */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> concurrentChange(OptimisticLockingFailureException failure) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(titled(ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT, "qualcun altro ha cambiato gli stessi dati nello stesso momento; non è cambiato"
                        + " nulla: rileggerli e riprovare")));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> conflict(DataIntegrityViolationException failure) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "la modifica è in conflitto con dati esistenti (un doppione, o un dato ancora in uso): "
                        + "non è cambiato nulla");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(titled(detail));
    }

    /** A comune-scoped endpoint refused a COC account acting for another comune. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> accessDenied(AccessDeniedException failure) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, failure.getMessage());
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(titled(detail));
    }

    private static ResponseEntity<Object> invalid(List<FieldProblem> problems, @Nullable HttpHeaders headers) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                problems.stream().map(problem -> problem.field() + ": " + problem.message())
                        .reduce((a, b) -> a + "; " + b).orElse("richiesta non valida"));
        titled(detail);
        detail.setProperty("errors", problems);
        return ResponseEntity.badRequest().headers(headers).body(detail);
    }

    /**
     * Spring's own problems (unsupported media type, method not allowed, missing parameter...) carry the English
     * reason phrase as their title: the reader gets the Italian one.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception failure, @Nullable Object body,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> answer = super.handleExceptionInternal(failure, body, headers, status, request);
        if (answer != null && answer.getBody() instanceof ProblemDetail problem) {
            HttpStatus known = HttpStatus.resolve(problem.getStatus());
            if (known != null && (problem.getTitle() == null || problem.getTitle().equals(known.getReasonPhrase()))) {
                problem.setTitle(ProblemTitles.of(known));
            }
        }
        return answer;
    }

    private static ProblemDetail titled(ProblemDetail problem) {
        problem.setTitle(ProblemTitles.of(HttpStatus.valueOf(problem.getStatus())));
        return problem;
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
