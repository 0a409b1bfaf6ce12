package it.ccvmi.planner.planning.csv;

import it.ccvmi.planner.planning.calendar.ServiceDates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Typed access to the cells of a {@link CsvTable} that collects every problem instead of stopping at
 * the first, so one rejected file lists all its mistakes. Tolerates what Italian spreadsheets write:
 * decimal commas, dd/mm/yyyy dates, "sì"/"no".
 */
public final class SheetReader {

    private static final DateTimeFormatter ITALIAN_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");
    private static final Set<String> YES = Set.of("si", "sì", "s", "yes", "y", "true", "1", "x");
    private static final Set<String> NO = Set.of("no", "n", "false", "0", "");

    private final CsvTable table;
    private final Map<Column, Integer> indexes = new HashMap<>();
    private final List<ImportProblem> problems = new ArrayList<>();

    /** Checks that every required column is present; a missing one is reported as a problem on line 1. */
    public SheetReader(CsvTable table, List<Column> required, List<Column> optional) {
        this.table = table;
        for (Column column : required) {
            int index = table.columnOf(column.allHeaders());
            if (index < 0) {
                problems.add(new ImportProblem(table.file(), 1, column.header(),
                        "colonna mancante (intestazioni accettate: " + String.join(", ", column.allHeaders()) + ")"));
            }
            indexes.put(column, index);
        }
        for (Column column : optional) {
            indexes.put(column, table.columnOf(column.allHeaders()));
        }
    }

    public List<CsvRow> rows() {
        return hasProblems() ? List.of() : table.rows();
    }

    /** The problems recorded so far. */
    public List<ImportProblem> problems() {
        return List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Throws an {@link ImportException} with every problem recorded so far, if any. */
    public void throwIfProblems() {
        if (hasProblems()) {
            throw new ImportException(problems);
        }
    }

    public void problem(CsvRow row, Column column, String message) {
        problems.add(new ImportProblem(table.file(), row.line(), fieldName(column), message));
    }

    /** The value, possibly "" (also when an optional column is absent). */
    public String optionalText(CsvRow row, Column column) {
        String value = row.value(indexes.getOrDefault(column, -1));
        // A cell SheetWriter kept from running as a formula: '=SOMMA(...) reads back as =SOMMA(...).
        return value.length() > 1 && value.charAt(0) == '\'' && SheetWriter.FORMULA_START.indexOf(value.charAt(1)) >= 0
                ? value.substring(1) : value;
    }

    /** A non-blank value, or null after recording a problem. */
    public String text(CsvRow row, Column column) {
        String value = optionalText(row, column);
        if (value.isEmpty()) {
            problem(row, column, "è vuoto");
            return null;
        }
        return value;
    }

    /** A non-blank value of at most {@code maxLength} characters (what the database column holds). */
    public String text(CsvRow row, Column column, int maxLength) {
        return withinLength(row, column, text(row, column), maxLength);
    }

    /** A possibly blank value of at most {@code maxLength} characters; null when blank or too long. */
    public String optionalText(CsvRow row, Column column, int maxLength) {
        String value = optionalText(row, column);
        return value.isEmpty() ? null : withinLength(row, column, value, maxLength);
    }

    private String withinLength(CsvRow row, Column column, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            problem(row, column, "è lungo " + value.length() + " caratteri, al massimo " + maxLength + " ammessi");
            return null;
        }
        return value;
    }

    public Integer integer(CsvRow row, Column column, int min) {
        String value = text(row, column);
        if (value == null) {
            return null;
        }
        BigDecimal number = parseDecimal(value);
        if (number == null || number.stripTrailingZeros().scale() > 0) {
            problem(row, column, "'" + value + "' non è un numero intero");
            return null;
        }
        if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            problem(row, column, "'" + value + "' deve essere almeno " + min);
            return null;
        }
        return number.intValueExact();
    }

    /** A decimal number &gt; {@code exclusiveMin}; accepts 1234.5, 1234,5 and 1.234,5. */
    public BigDecimal decimal(CsvRow row, Column column, BigDecimal exclusiveMin) {
        String value = text(row, column);
        if (value == null) {
            return null;
        }
        BigDecimal number = parseDecimal(value);
        if (number == null) {
            problem(row, column, "'" + value + "' non è un numero");
            return null;
        }
        if (number.compareTo(exclusiveMin) <= 0) {
            problem(row, column, "'" + value + "' deve essere maggiore di " + exclusiveMin.toPlainString());
            return null;
        }
        return number;
    }

    /** A date as 2021-01-15 or 15/01/2021; null after recording a problem (or when blank and optional). */
    public LocalDate date(CsvRow row, Column column, boolean required) {
        String value = required ? text(row, column) : optionalText(row, column);
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            LocalDate date = value.contains("/") ? LocalDate.parse(value, ITALIAN_DATE) : LocalDate.parse(value);
            if (ServiceDates.accepts(date)) {
                return date;
            }
            problem(row, column, "'" + value + "' è fuori dall'intervallo ammesso (dal " + ServiceDates.FIRST + " al "
                    + ServiceDates.LAST + ")");
        } catch (DateTimeParseException e) {
            problem(row, column, "'" + value + "' non è una data (scrivere 15/01/2021 o 2021-01-15)");
        }
        return null;
    }

    /** A time of day as 9:00, 09:00 or 9.00. */
    public LocalTime time(CsvRow row, Column column) {
        String value = text(row, column);
        if (value == null) {
            return null;
        }
        String[] parts = value.split("[:.]");
        try {
            if (parts.length == 2 || parts.length == 3) {
                return LocalTime.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
            }
        } catch (RuntimeException e) {
            // reported below
        }
        problem(row, column, "'" + value + "' non è un orario (scrivere 9:00)");
        return null;
    }

    /** sì/si/yes/true/1/x or no/false/0/blank. */
    public Boolean yesNo(CsvRow row, Column column) {
        String value = optionalText(row, column).toLowerCase(Locale.ROOT);
        if (YES.contains(value)) {
            return true;
        }
        if (NO.contains(value)) {
            return false;
        }
        problem(row, column, "'" + value + "' non è né sì né no");
        return null;
    }

    /** Parses a decimal written the Italian or the English way; null if it is not a number. */
    static BigDecimal parseDecimal(String value) {
        String plain = value.replace(" ", "").replace("\u00a0", "");
        int comma = plain.lastIndexOf(',');
        int dot = plain.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) { // the later one is the decimal separator, the other groups thousands
            plain = comma > dot ? plain.replace(".", "").replace(',', '.') : plain.replace(",", "");
        } else if (comma >= 0) {
            plain = plain.replace(',', '.');
        }
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String fieldName(Column column) {
        int index = indexes.getOrDefault(column, -1);
        return index >= 0 ? table.header().get(index).trim() : column.header();
    }
}
