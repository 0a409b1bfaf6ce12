package it.ccvmi.planner.api.web;

import org.springframework.http.HttpStatus;

/** The Italian title of a problem document by its status, where the API sets no title of its own. */
final class ProblemTitles {

    private ProblemTitles() {
    }

    static String of(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "Dati non validi";
            case UNAUTHORIZED -> "Accesso richiesto";
            case FORBIDDEN -> "Non consentito";
            case NOT_FOUND -> "Non trovato";
            case METHOD_NOT_ALLOWED -> "Metodo non consentito";
            case NOT_ACCEPTABLE -> "Formato non disponibile";
            case CONFLICT -> "Operazione non possibile";
            case PRECONDITION_FAILED -> "Dati cambiati nel frattempo";
            case CONTENT_TOO_LARGE -> "Richiesta troppo grande";
            case UNSUPPORTED_MEDIA_TYPE -> "Formato non supportato";
            case UNPROCESSABLE_CONTENT -> "Importazione rifiutata";
            case TOO_MANY_REQUESTS -> "Troppi tentativi";
            case NOT_IMPLEMENTED -> "Non disponibile";
            default -> status.is5xxServerError() ? "Errore del servizio" : status.getReasonPhrase();
        };
    }
}
