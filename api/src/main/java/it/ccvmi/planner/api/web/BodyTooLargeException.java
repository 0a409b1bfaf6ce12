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
        return "the request body is larger than " + DataSize.ofBytes(limitBytes).toKilobytes()
                + " KB; nothing was changed (split a large sheet into smaller ones)";
    }
}
