package it.ccvmi.planner.planning.csv;

import java.util.List;
import java.util.stream.Collectors;

/** An input file was rejected; nothing was imported. Carries every problem found, not just the first. */
public class ImportException extends RuntimeException {

    private final transient List<ImportProblem> problems;

    public ImportException(List<ImportProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public ImportException(ImportProblem problem) {
        this(List.of(problem));
    }

    public List<ImportProblem> getProblems() {
        return problems;
    }

    private static String describe(List<ImportProblem> problems) {
        return problems.size() + " problem(s), nothing imported:\n"
                + problems.stream().map(ImportProblem::toString).collect(Collectors.joining("\n"));
    }
}
