package it.ccvmi.planner.api.layers.wfs;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The key-value parameters of an OGC request; names are case-insensitive (OGC 06-121r9, 11.5.2). */
final class Kvp {

    private final Map<String, List<String>> values;

    private Kvp(Map<String, List<String>> values) {
        this.values = values;
    }

    static Kvp of(HttpServletRequest request) {
        Map<String, List<String>> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        request.getParameterMap().forEach((name, given) -> values.computeIfAbsent(name, key -> new ArrayList<>())
                .addAll(Arrays.stream(given).map(String::trim).filter(value -> !value.isEmpty()).toList()));
        return new Kvp(values);
    }

    /** The first non-blank value, trimmed; empty when absent. */
    Optional<String> get(String name) {
        return all(name).stream().findFirst();
    }

    /** Every non-blank value of a repeated parameter (VERSION may carry the protocol and the plan version). */
    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** The first of several names that is present (WFS 2.0 names first, their 1.x aliases after). */
    Optional<String> first(String... names) {
        for (String name : names) {
            Optional<String> value = get(name);
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    String require(String name) {
        return get(name).orElseThrow(() -> WfsException.missing(name));
    }

    Optional<Integer> nonNegative(String... names) {
        return first(names).map(value -> {
            try {
                int number = Integer.parseInt(value);
                if (number >= 0) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw WfsException.invalid(names[0], "'" + value + "' is not a non-negative integer");
        });
    }
}
