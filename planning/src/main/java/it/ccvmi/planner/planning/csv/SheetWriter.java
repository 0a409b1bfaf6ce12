package it.ccvmi.planner.planning.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes CSV the way Italian Excel opens it directly: UTF-8 with byte-order mark, {@code ;} separator,
 * decimal comma, dd/mm/yyyy dates. {@link SheetReader} reads all of it back.
 */
public final class SheetWriter {

    private static final DateTimeFormatter ITALIAN_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    static final String FORMULA_START = "=+-@\t\r";
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(,\\d+)?");

    private final StringBuilder out = new StringBuilder("\uFEFF");

    public SheetWriter(List<Column> columns) {
        row(columns.stream().map(Column::header).toList());
    }

    public SheetWriter row(List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(';');
            }
            out.append(quoteIfNeeded(inert(values.get(i))));
        }
        out.append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    public static String decimal(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    public static String date(LocalDate date) {
        return date == null ? "" : ITALIAN_DATE.format(date);
    }

    public static String time(LocalTime time) {
        return TIME.format(time);
    }

    public static String yesNo(boolean value) {
        return value ? "sì" : "no";
    }

    /**
     * A cell Excel would run as a formula (it starts with = + - @, a tab or a carriage return; a name typed by
     * anyone can) is written with a leading apostrophe, which Excel shows as text; {@link SheetReader} drops
     * the apostrophe again. Numbers such as -1,5 stay numbers.
     */
    static String inert(String value) {
        if (value.isEmpty() || FORMULA_START.indexOf(value.charAt(0)) < 0 || NUMBER.matcher(value).matches()) {
            return value;
        }
        return "'" + value;
    }

    private static String quoteIfNeeded(String value) {
        if (value.indexOf(';') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0
                || value.indexOf(',') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
