package it.ccvmi.planner.planning.csv;

import java.util.List;

/** One data record and the line of the file it starts on (the header is line 1). */
public record CsvRow(int line, List<String> values) {

    /** The trimmed value at {@code index}, or "" when the row is shorter or the column absent (-1). */
    public String value(int index) {
        return index < 0 || index >= values.size() ? "" : values.get(index).trim();
    }
}
