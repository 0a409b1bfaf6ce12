package it.ccvmi.planner.api.requests;

import it.ccvmi.planner.api.portal.RequestDeadline;
import it.ccvmi.planner.api.security.PlannerPrincipal;
import it.ccvmi.planner.data.exchange.RequestSheet;
import it.ccvmi.planner.data.territory.Comune;
import it.ccvmi.planner.data.territory.ComuneRepository;
import it.ccvmi.planner.planning.csv.CsvRow;
import it.ccvmi.planner.planning.csv.CsvTable;
import it.ccvmi.planner.planning.csv.SheetReader;
import it.ccvmi.planner.planning.csv.SheetWriter;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps a COC account's spreadsheets inside its comune: an upload may only name its own comune (by ISTAT
 * code or name, as the requests sheet does) and a download holds only its own comune's rows.
 */
@Component
class RequestSheetAccess {

    private final ComuneRepository comuni;
    private final RequestDeadline deadline;

    RequestSheetAccess(ComuneRepository comuni, RequestDeadline deadline) {
        this.comuni = comuni;
        this.deadline = deadline;
    }

    /**
     * @throws AccessDeniedException (403) for the first row of a COC's upload that names another comune
     * @throws it.ccvmi.planner.api.web.ApiProblem (409) for the first row of a day whose requests are closed
     */
    @Transactional(readOnly = true)
    public void checkUpload(String fileName, String csv, PlannerPrincipal caller) {
        if (caller.isPlanner()) {
            return;
        }
        Comune own = comuni.findById(caller.comuneIstat()).orElseThrow();
        CsvTable table = CsvTable.read(fileName, new StringReader(csv));
        int code = table.columnOf(RequestSheet.ISTAT_CODE.allHeaders());
        int name = table.columnOf(RequestSheet.COMUNE.allHeaders());
        SheetReader dates = new SheetReader(table, List.of(), List.of(RequestSheet.DELIVERY_DATE));
        for (CsvRow row : table.rows()) {
            LocalDate day = dates.date(row, RequestSheet.DELIVERY_DATE, false);
            if (day != null) { // an unreadable date is reported by the import itself
                deadline.requireOpen(day, caller);
            }
            boolean ownComune = row.value(code).isEmpty()
                    ? CsvTable.normalizeName(row.value(name)).equals(CsvTable.normalizeName(own.getName()))
                    : row.value(code).equals(own.getIstatCode());
            if (!ownComune) {
                String named = row.value(code).isEmpty() ? row.value(name) : row.value(code);
                throw new AccessDeniedException(fileName + " line " + row.line()
                        + ": this account may not act for comune '" + named + "', only for " + own.getName()
                        + "; nothing was imported");
            }
        }
    }

    /** The exported sheet as the caller may see it: a COC account gets only its comune's rows. */
    public String filterDownload(String csv, PlannerPrincipal caller) {
        if (caller.isPlanner()) {
            return csv;
        }
        CsvTable table = CsvTable.read("export", new StringReader(csv));
        int code = table.columnOf(RequestSheet.ISTAT_CODE.allHeaders());
        SheetWriter writer = new SheetWriter(RequestSheet.COLUMNS);
        for (CsvRow row : table.rows()) {
            if (row.value(code).equals(caller.comuneIstat())) {
                writer.row(row.values());
            }
        }
        return writer.toString();
    }
}
