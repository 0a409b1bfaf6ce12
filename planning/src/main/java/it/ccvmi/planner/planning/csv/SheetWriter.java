package it.ccvmi.planner.planning.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes CSV the way Italian Excel opens it directly: UTF-8 with byte-order mark, {@code ;} separator,
 * decimal comma, dd/mm/yyyy dates. {@link SheetReader} reads all of it back.
 */
public final class SheetWriter {

    private static final DateTimeFormatter ITALIAN_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final StringBuilder out = new StringBuilder("\uFEFF");

    public SheetWriter(List<Column> columns) {
        row(columns.stream().map(Column::header).toList());
    }

    public SheetWriter row(List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(';');
            }
            out.append(quoteIfNeeded(values.get(i)));
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

    private static String quoteIfNeeded(String value) {
        if (value.indexOf(';') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0
                || value.indexOf(',') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
