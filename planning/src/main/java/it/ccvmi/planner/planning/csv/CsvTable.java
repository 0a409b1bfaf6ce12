package it.ccvmi.planner.planning.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CSV file read into memory: RFC 4180 quoting (quoted fields may hold separators, doubled quotes
 * and line breaks), {@code ;} or {@code ,} separator detected from the header line as Italian Excel
 * writes {@code ;}, a leading UTF-8 byte-order mark ignored. Each row remembers the line it starts on.
 */
public final class CsvTable {

    private final String file;
    private final List<String> header;
    private final Map<String, Integer> columnIndex = new HashMap<>();
    private final List<CsvRow> rows;

    private CsvTable(String file, List<String> header, List<CsvRow> rows) {
        this.file = file;
        this.header = header;
        this.rows = rows;
        for (int i = 0; i < header.size(); i++) {
            columnIndex.putIfAbsent(normalizeName(header.get(i)), i);
        }
    }

    /** Reads the whole file; {@code file} is the name used in error messages. */
    public static CsvTable read(String file, Reader reader) {
        List<List<String>> records = new ArrayList<>();
        List<Integer> startLines = new ArrayList<>();
        try {
            String text = readAll(reader);
            char separator = detectSeparator(text);
            parse(text, separator, records, startLines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (records.isEmpty()) {
            throw new ImportException(new ImportProblem(file, 1, null,
                    "il file è vuoto: serve una riga di intestazione"));
        }
        List<CsvRow> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> values = records.get(i);
            boolean blank = values.stream().allMatch(String::isBlank);
            if (!blank) { // spreadsheets leave empty lines at the end
                rows.add(new CsvRow(startLines.get(i), values));
            }
        }
        return new CsvTable(file, records.get(0), rows);
    }

    public String file() {
        return file;
    }

    public List<String> header() {
        return header;
    }

    public List<CsvRow> rows() {
        return rows;
    }

    /** Index of the first column whose normalised header is one of {@code names}, or -1. */
    public int columnOf(List<String> names) {
        for (String name : names) {
            Integer index = columnIndex.get(normalizeName(name));
            if (index != null) {
                return index;
            }
        }
        return -1;
    }

    /** Lower case, no accents, runs of anything but letters and digits as one underscore: "Unità " → "unita". */
    public static String normalizeName(String name) {
        String noAccents = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return noAccents.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }

    private static String readAll(Reader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = reader.read(buffer)) > 0; ) {
            text.append(buffer, 0, n);
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text.deleteCharAt(0);
        }
        return text.toString();
    }

    /**
     * The separator is whichever of ; and , occurs more often outside quotes in the header line; a tie
     * goes to ; because Italian text and decimal commas put commas inside fields, not semicolons.
     */
    private static char detectSeparator(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return semicolons > 0 && semicolons >= commas ? ';' : ',';
    }

    private static void parse(String text, char separator, List<List<String>> records, List<Integer> startLines) {
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordStart = 1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                startLines.add(recordStart);
                record = new ArrayList<>();
                line++;
                recordStart = line;
            } else {
                field.append(c);
            }
            i++;
        }
        if (!field.isEmpty() || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
            startLines.add(recordStart);
        }
    }
}
