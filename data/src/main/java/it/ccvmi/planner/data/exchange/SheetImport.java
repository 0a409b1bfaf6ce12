package it.ccvmi.planner.data.exchange;

/** Outcome of an accepted spreadsheet: rows that created a record and rows that changed an existing one. */
public record SheetImport(int created, int updated) {
}
