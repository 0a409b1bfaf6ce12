package it.ccvmi.planner.api.layers;

import it.ccvmi.planner.api.web.ApiProblem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A bad date or version on the GeoJSON and MapStore endpoints: a 400 problem document naming the parameter. */
@RestControllerAdvice(assignableTypes = {LayerDownloadController.class, MapStoreContextController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class LayerProblems {

    @ExceptionHandler(LayerRequestException.class)
    ResponseEntity<Object> invalid(LayerRequestException failure) {
        ApiProblem problem = ApiProblem.invalidField(failure.parameter(), failure.getMessage());
        return ResponseEntity.status(problem.getStatusCode()).body(problem.getBody());
    }
}
