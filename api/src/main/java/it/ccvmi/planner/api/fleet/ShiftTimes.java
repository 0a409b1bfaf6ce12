package it.ccvmi.planner.api.fleet;

import it.ccvmi.planner.api.web.ApiProblem;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day's shift times as planners write them: HH:MM from 00:00 to 24:00. 24:00 (the end of the day) has no
 * LocalTime; it is kept as 23:59:59 and shown as 24:00 again.
 */
final class ShiftTimes {

    static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);
    private static final Pattern HOURS_MINUTES = Pattern.compile("(\\d{1,2}):(\\d{2})");

    private ShiftTimes() {
    }

    /** @throws ApiProblem 400 naming the field when the text is no time between 00:00 and 24:00 */
    static LocalTime parse(String field, String text) {
        Matcher time = HOURS_MINUTES.matcher(text.trim());
        if (!time.matches()) {
            throw outOfDay(field, text);
        }
        int hours = Integer.parseInt(time.group(1));
        int minutes = Integer.parseInt(time.group(2));
        if (hours == 24 && minutes == 0) {
            return END_OF_DAY;
        }
        if (hours > 23 || minutes > 59) {
            throw outOfDay(field, text);
        }
        return LocalTime.of(hours, minutes);
    }

    static String format(LocalTime time) {
        return time.equals(END_OF_DAY) ? "24:00" : time.withSecond(0).withNano(0).toString();
    }

    private static ApiProblem outOfDay(String field, String text) {
        return ApiProblem.invalidField(field, "«" + text + "» non è un orario tra 00:00 e 24:00 (scrivere HH:MM)");
    }
}
