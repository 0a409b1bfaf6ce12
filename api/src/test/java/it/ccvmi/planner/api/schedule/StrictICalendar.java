package it.ccvmi.planner.api.schedule;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A small, strict RFC 5545 reader for tests: rejects bare LF or CR, physical lines over 75 octets, malformed content lines, unbalanced BEGIN/END, unknown escapes and unescaped {@code ;} or
 * {@code ,} in TEXT values, events without UID/DTSTAMP/DTSTART, and TZIDs without their VTIMEZONE.
 */
final class StrictICalendar {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9-]+");
    private static final Pattern UTC = Pattern.compile("\\d{8}T\\d{6}Z");
    private static final Pattern LOCAL = Pattern.compile("\\d{8}T\\d{6}");
    private static final Set<String> TEXT_PROPERTIES = Set.of("SUMMARY", "LOCATION", "DESCRIPTION", "X-WR-CALNAME",
            "TZNAME", "COMMENT");

    record Property(String name, Map<String, String> parameters, String value) {

        /** The value with TEXT escapes undone. */
        String text() {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\\') {
                    char next = value.charAt(++i);
                    text.append(next == 'n' || next == 'N' ? '\n' : next);
                } else {
                    text.append(c);
                }
            }
            return text.toString();
        }
    }

    record Component(String name, List<Property> properties, List<Component> children) {

        Property property(String name) {
            return properties.stream().filter(property -> property.name().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError(this.name + " has no " + name));
        }

        List<Component> children(String name) {
            return children.stream().filter(child -> child.name().equals(name)).toList();
        }
    }

    private StrictICalendar() {
    }

    /** Parses a whole iCalendar stream into its VCALENDAR, or fails with an AssertionError saying why. */
    static Component parse(String stream) {
        List<String> physical = physicalLines(stream);
        List<String> logical = unfold(physical);
        Deque<Component> open = new ArrayDeque<>();
        Component calendar = null;
        for (String line : logical) {
            Property property = contentLine(line);
            if (property.name().equals("BEGIN")) {
                Component component = new Component(property.value(), new ArrayList<>(), new ArrayList<>());
                if (open.isEmpty()) {
                    check(calendar == null && component.name().equals("VCALENDAR"), "one VCALENDAR expected: " + line);
                    calendar = component;
                } else {
                    open.peek().children().add(component);
                }
                open.push(component);
            } else if (property.name().equals("END")) {
                check(!open.isEmpty() && open.pop().name().equals(property.value()), "unbalanced " + line);
            } else {
                check(!open.isEmpty(), "property outside any component: " + line);
                open.peek().properties().add(property);
            }
        }
        check(calendar != null && open.isEmpty(), "the VCALENDAR is not closed");
        validate(calendar);
        return calendar;
    }

    private static List<String> physicalLines(String stream) {
        check(stream.endsWith("\r\n"), "the stream must end with CRLF");
        for (int i = 0; i < stream.length(); i++) {
            char c = stream.charAt(i);
            check(c != '\r' || (i + 1 < stream.length() && stream.charAt(i + 1) == '\n'), "bare CR at " + i);
            check(c != '\n' || (i > 0 && stream.charAt(i - 1) == '\r'), "bare LF at " + i);
        }
        List<String> lines = new ArrayList<>();
        byte[] bytes = stream.getBytes(StandardCharsets.UTF_8);
        int start = 0;
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                check(i - start <= 75, "line of " + (i - start) + " octets: " + new String(bytes, start, i - start,
                        StandardCharsets.UTF_8));
                lines.add(new String(bytes, start, i - start, StandardCharsets.UTF_8));
                start = i + 2;
                i++;
            }
        }
        return lines;
    }

    private static List<String> unfold(List<String> physical) {
        List<String> logical = new ArrayList<>();
        for (String line : physical) {
            if (line.startsWith(" ") || line.startsWith("\t")) {
                check(!logical.isEmpty(), "continuation line without a line to continue");
                logical.set(logical.size() - 1, logical.get(logical.size() - 1) + line.substring(1));
            } else {
                check(!line.isEmpty(), "empty content line");
                logical.add(line);
            }
        }
        return logical;
    }

    /** name *(";" param "=" value) ":" value, with quoted parameter values allowed. */
    private static Property contentLine(String line) {
        int colon = -1;
        boolean quoted = false;
        for (int i = 0; i < line.length() && colon < 0; i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ':' && !quoted) {
                colon = i;
            }
        }
        check(colon > 0, "no ':' in content line: " + line);
        String[] head = line.substring(0, colon).split(";");
        check(NAME.matcher(head[0]).matches(), "bad property name: " + line);
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 1; i < head.length; i++) {
            String[] parameter = head[i].split("=", 2);
            check(parameter.length == 2 && NAME.matcher(parameter[0]).matches(), "bad parameter: " + line);
            parameters.put(parameter[0], parameter[1]);
        }
        String name = head[0].toUpperCase();
        String value = line.substring(colon + 1);
        if (TEXT_PROPERTIES.contains(name)) {
            checkTextEscapes(line, value);
        }
        return new Property(name, parameters, value);
    }

    private static void checkTextEscapes(String line, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\') {
                check(i + 1 < value.length() && "\\;,nN".indexOf(value.charAt(i + 1)) >= 0, "bad escape in " + line);
                i++;
            } else {
                check(c != ';' && c != ',', "unescaped '" + c + "' in TEXT: " + line);
            }
        }
    }

    private static void validate(Component calendar) {
        check(calendar.property("VERSION").value().equals("2.0"), "VERSION must be 2.0");
        calendar.property("PRODID");
        Set<String> zones = new java.util.HashSet<>();
        for (Component zone : calendar.children("VTIMEZONE")) {
            zones.add(zone.property("TZID").value());
            check(!zone.children().isEmpty(), "a VTIMEZONE needs STANDARD or DAYLIGHT");
        }
        for (Component event : calendar.children("VEVENT")) {
            event.property("UID");
            check(UTC.matcher(event.property("DTSTAMP").value()).matches(), "DTSTAMP must be UTC");
            for (String time : List.of("DTSTART", "DTEND")) {
                Property property = event.property(time);
                String zone = property.parameters().get("TZID");
                check(zone == null || zones.contains(zone), time + " names TZID " + zone + " without a VTIMEZONE");
                check(zone == null ? UTC.matcher(property.value()).matches()
                        : LOCAL.matcher(property.value()).matches(), "bad " + time + ": " + property.value());
            }
            check(event.property("DTSTART").value().compareTo(event.property("DTEND").value()) < 0,
                    "an event must end after it starts");
        }
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
