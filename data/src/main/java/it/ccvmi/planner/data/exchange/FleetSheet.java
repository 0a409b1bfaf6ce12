package it.ccvmi.planner.data.exchange;

import it.ccvmi.planner.data.fleet.Vehicle;
import it.ccvmi.planner.data.fleet.VehicleRepository;
import it.ccvmi.planner.data.site.Site;
import it.ccvmi.planner.planning.csv.Column;
import it.ccvmi.planner.planning.csv.CsvRow;
import it.ccvmi.planner.planning.csv.CsvTable;
import it.ccvmi.planner.planning.csv.SheetReader;
import it.ccvmi.planner.planning.csv.SheetWriter;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fleet spreadsheet the associations fill in: one row per van available, keyed by organisation
 * and van label. Importing a known van updates its capacity, refrigeration and shift.
 */
@Service
public class FleetSheet {

    public static final Column ORGANISATION = Column.of("organizzazione", "associazione", "organisation", "organization");
    public static final Column LABEL = Column.of("mezzo", "veicolo", "targa", "label", "vehicle");
    public static final Column CAPACITY_KG = Column.of("portata_kg", "capacita_kg", "capacity_kg", "kg");
    public static final Column CAPACITY_M3 = Column.of("volume_m3", "capacita_m3", "capacity_m3", "m3");
    public static final Column REFRIGERATED = Column.of("refrigerato", "frigo", "refrigerated");
    public static final Column SHIFT_START = Column.of("inizio_turno", "shift_start", "inizio");
    public static final Column SHIFT_END = Column.of("fine_turno", "shift_end", "fine");
    public static final Column DEPOT = Column.of("deposito", "magazzino", "home_depot", "depot");
    public static final List<Column> COLUMNS = List.of(ORGANISATION, LABEL, CAPACITY_KG, CAPACITY_M3, REFRIGERATED,
            SHIFT_START, SHIFT_END, DEPOT);

    private final VehicleRepository vehicles;
    private final ReferenceLoader references;

    public FleetSheet(VehicleRepository vehicles, ReferenceLoader references) {
        this.vehicles = vehicles;
        this.references = references;
    }

    /** Creates or updates every van of the file, or none; all problems are reported together. */
    @Transactional
    public SheetImport importCsv(String fileName, Reader csv) {
        SheetReader sheet = new SheetReader(CsvTable.read(fileName, csv),
                List.of(ORGANISATION, LABEL, CAPACITY_KG, CAPACITY_M3, SHIFT_START, SHIFT_END),
                List.of(REFRIGERATED, DEPOT));
        References lookup = references.load();
        record Row(String organisation, String label, BigDecimal kg, BigDecimal m3, boolean refrigerated,
                LocalTime start, LocalTime end, Site depot) {
        }
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvRow row : sheet.rows()) {
            String organisation = sheet.text(row, ORGANISATION, 160);
            String label = sheet.text(row, LABEL, 80);
            BigDecimal kg = sheet.decimal(row, CAPACITY_KG, BigDecimal.ZERO);
            BigDecimal m3 = sheet.decimal(row, CAPACITY_M3, BigDecimal.ZERO);
            Boolean refrigerated = sheet.yesNo(row, REFRIGERATED);
            LocalTime start = sheet.time(row, SHIFT_START);
            LocalTime end = sheet.time(row, SHIFT_END);
            Site depot = lookup.depot(sheet, row, DEPOT);
            if (start != null && end != null && !start.isBefore(end)) {
                sheet.problem(row, SHIFT_END, "il turno finisce alle " + end + ", non dopo l'inizio alle " + start);
            } else if (organisation != null && label != null && !seen.add(organisation + "|" + label)) {
                sheet.problem(row, LABEL, "una seconda riga per " + organisation + " " + label);
            } else if (organisation != null && label != null && kg != null && m3 != null && refrigerated != null
                    && start != null && end != null && depot != null) {
                rows.add(new Row(organisation, label, kg, m3, refrigerated, start, end, depot));
            }
        }
        sheet.throwIfProblems();
        int created = 0;
        for (Row row : rows) {
            Vehicle vehicle = vehicles.findByOrganisationAndLabel(row.organisation(), row.label()).orElse(null);
            if (vehicle == null) {
                vehicle = new Vehicle(row.organisation(), row.label());
                created++;
            }
            vehicle.update(row.kg(), row.m3(), row.refrigerated(), row.start(), row.end(), row.depot());
            vehicles.save(vehicle);
        }
        return new SheetImport(created, rows.size() - created);
    }

    @Transactional(readOnly = true)
    public String exportCsv() {
        SheetWriter writer = new SheetWriter(COLUMNS);
        for (Vehicle vehicle : vehicles.findAllWithDepot()) {
            writer.row(List.of(vehicle.getOrganisation(), vehicle.getLabel(), SheetWriter.decimal(vehicle.getCapacityKg()),
                    SheetWriter.decimal(vehicle.getCapacityM3()), SheetWriter.yesNo(vehicle.isRefrigerated()),
                    SheetWriter.time(vehicle.getShiftStart()), SheetWriter.time(vehicle.getShiftEnd()),
                    vehicle.getHomeDepot().getName()));
        }
        return writer.toString();
    }
}
