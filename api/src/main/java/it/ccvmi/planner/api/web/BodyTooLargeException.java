package it.ccvmi.planner.api.web;

import org.springframework.util.unit.DataSize;

/** A request body or an uploaded sheet is over its cap; nothing was read further, nothing changed. */
public class BodyTooLargeException extends RuntimeException {

    public BodyTooLargeException(String detail) {
        super(detail);
    }

    BodyTooLargeException(long limitBytes) {
        this(detail(limitBytes));
    }

    static String detail(long limitBytes) {
        return "il corpo della richiesta supera i " + DataSize.ofBytes(limitBytes).toKilobytes()
                + " KB; non è cambiato nulla (dividere un foglio grande in fogli più piccoli)";
    }
}
