package it.ccvmi.planner.api.schedule;

import java.nio.charset.StandardCharsets;

/**
 * Writes RFC 5545 content lines: TEXT values escaped (backslash, semicolon, comma, newline), lines folded so no
 * line exceeds 75 octets without splitting a UTF-8 character, every line ended by CRLF.
 */
final class ICalendarText {

    private static final int MAX_OCTETS = 75;

    private final StringBuilder out = new StringBuilder();

    /** A property whose value is already in iCalendar syntax (dates, numbers, enumerations). */
    ICalendarText property(String nameAndParameters, String value) {
        return line(nameAndParameters + ":" + value);
    }

    /** A property of value type TEXT. */
    ICalendarText text(String name, String value) {
        return property(name, escape(value));
    }

    ICalendarText begin(String component) {
        return property("BEGIN", component);
    }

    ICalendarText end(String component) {
        return property("END", component);
    }

    @Override
    public String toString() {
        return out.toString();
    }

    static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                case '\r' -> {
                    // CRLF and lone CR become one escaped newline
                    if (i + 1 >= value.length() || value.charAt(i + 1) != '\n') {
                        escaped.append("\\n");
                    }
                }
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private ICalendarText line(String line) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1; // the leading space of the continuation line counts
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
        return this;
    }
}
