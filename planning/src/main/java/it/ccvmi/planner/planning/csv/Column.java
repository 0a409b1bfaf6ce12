package it.ccvmi.planner.planning.csv;

import java.util.List;
import java.util.stream.Stream;

/** A column a sheet understands: the header it is exported with and the other headers accepted on import. */
public record Column(String header, List<String> acceptedHeaders) {

    public static Column of(String header, String... aliases) {
        return new Column(header, List.of(aliases));
    }

    /** The export header first, then the aliases. */
    public List<String> allHeaders() {
        return Stream.concat(Stream.of(header), acceptedHeaders.stream()).toList();
    }
}
