package it.ccvmi.planner.planning.csv;

/** One thing wrong in an input file, located precisely enough to fix it in a spreadsheet (line 0: the whole file). */
public record ImportProblem(String file, int line, String field, String message) {

    @Override
    public String toString() {
        return file + (line > 0 ? " line " + line : "") + (field == null ? "" : ", field " + field) + ": " + message;
    }
}
