package it.ccvmi.planner.data.exchange;

import it.ccvmi.planner.data.goods.GoodsType;
import it.ccvmi.planner.data.request.DeliveryRequest;
import it.ccvmi.planner.data.request.DeliveryRequestRepository;
import it.ccvmi.planner.data.request.RequestStatus;
import it.ccvmi.planner.data.site.Site;
import it.ccvmi.planner.planning.csv.Column;
import it.ccvmi.planner.planning.csv.CsvRow;
import it.ccvmi.planner.planning.csv.CsvTable;
import it.ccvmi.planner.planning.csv.SheetReader;
import it.ccvmi.planner.planning.csv.SheetWriter;
import it.ccvmi.planner.planning.territory.SiteKind;
import java.io.Reader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The requests spreadsheet a COC (or the ATS/RSA desk) fills in: one row per site, delivery date and
 * category. Blank "struttura" means the comune's COC. Importing a row for an existing site, date and
 * category updates its quantity and status.
 */
@Service
public class RequestSheet {

    public static final Column DELIVERY_DATE = Column.of("data_consegna", "data", "delivery_date", "giorno");
    public static final Column ISTAT_CODE = Column.of("codice_istat", "istat", "istat_code", "comune_istat");
    public static final Column COMUNE = Column.of("comune", "nome_comune", "comune_name");
    public static final Column SITE = Column.of("struttura", "sito", "site", "destinatario");
    public static final Column CATEGORY = Column.of("categoria", "category", "goods_type", "merce", "tipo_merce");
    public static final Column UNITS = Column.of("unita", "units", "colli", "quantita", "quantity");
    public static final Column STATUS = Column.of("stato", "status");
    public static final List<Column> COLUMNS = List.of(DELIVERY_DATE, ISTAT_CODE, COMUNE, SITE, CATEGORY, UNITS, STATUS);

    private static final Map<RequestStatus, String> ITALIAN_STATUS = Map.of(RequestStatus.REQUESTED, "richiesta",
            RequestStatus.PLANNED, "pianificata", RequestStatus.DELIVERED, "consegnata",
            RequestStatus.CANCELLED, "annullata");

    private final DeliveryRequestRepository requests;
    private final ReferenceLoader references;
    private final Clock clock;

    public RequestSheet(DeliveryRequestRepository requests, ReferenceLoader references, Clock clock) {
        this.requests = requests;
        this.references = references;
        this.clock = clock;
    }

    /** Imports every row or none; all problems of the file are reported together. */
    @Transactional
    public SheetImport importCsv(String fileName, Reader csv) {
        SheetReader sheet = new SheetReader(CsvTable.read(fileName, csv), List.of(DELIVERY_DATE, CATEGORY, UNITS),
                List.of(ISTAT_CODE, COMUNE, SITE, STATUS));
        References lookup = references.load();
        record Row(Site site, LocalDate date, GoodsType type, int units, RequestStatus status) {
        }
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvRow row : sheet.rows()) {
            LocalDate date = sheet.date(row, DELIVERY_DATE, true);
            Site site = lookup.site(sheet, row, ISTAT_CODE, COMUNE, SITE);
            GoodsType type = lookup.goodsType(sheet, row, CATEGORY);
            Integer units = sheet.integer(row, UNITS, 1);
            RequestStatus status = status(sheet, row);
            if (site != null && date != null && type != null && !seen.add(key(site, date, type))) {
                sheet.problem(row, CATEGORY,
                        "una seconda riga per " + site.getName() + ", " + date + ", " + type.getItalianName());
            } else if (site != null && date != null && type != null && units != null) { // a bad status: problem
                rows.add(new Row(site, date, type, units, status));
            }
        }
        sheet.throwIfProblems();
        // One query for the requests the file may revise, instead of one per row.
        Map<String, DeliveryRequest> existingByKey = requests.findByDeliveryDateIn(
                rows.stream().map(Row::date).collect(Collectors.toSet())).stream().collect(Collectors.toMap(
                        request -> key(request.getSite(), request.getDeliveryDate(), request.getGoodsType()),
                        Function.identity()));
        int created = 0;
        int updated = 0;
        for (Row row : rows) {
            DeliveryRequest existing = existingByKey.get(key(row.site(), row.date(), row.type()));
            if (existing == null) {
                requests.save(new DeliveryRequest(row.site(), row.date(), row.type(), row.units(),
                        Objects.requireNonNullElse(row.status(), RequestStatus.REQUESTED), clock));
                created++;
            } else {
                // A blank stato keeps the request's status (a PLANNED request stays PLANNED).
                RequestStatus status = Objects.requireNonNullElse(row.status(), existing.getStatus());
                if (existing.getUnits() != row.units() || existing.getStatus() != status) {
                    existing.revise(row.units(), status, clock);
                    updated++;
                }
            }
        }
        return new SheetImport(created, updated);
    }

    /** All requests of a delivery date, or every request when {@code day} is null. */
    @Transactional(readOnly = true)
    public String exportCsv(LocalDate day) {
        SheetWriter writer = new SheetWriter(COLUMNS);
        for (DeliveryRequest request : day == null ? requests.findAllWithSite() : requests.findForDeliveryDate(day)) {
            Site site = request.getSite();
            writer.row(List.of(SheetWriter.date(request.getDeliveryDate()), site.getComune().getIstatCode(),
                    site.getComune().getName(), site.getKind() == SiteKind.COC ? "" : site.getName(),
                    request.getGoodsType().getItalianName(), Integer.toString(request.getUnits()),
                    ITALIAN_STATUS.get(request.getStatus())));
        }
        return writer.toString();
    }

    private static String key(Site site, LocalDate date, GoodsType type) {
        return site.getId() + "|" + date + "|" + type.getCode();
    }

    private static RequestStatus status(SheetReader sheet, CsvRow row) {
        String value = CsvTable.normalizeName(sheet.optionalText(row, STATUS));
        if (value.isEmpty()) {
            return null; // REQUESTED for a new request, unchanged for an existing one
        }
        for (Map.Entry<RequestStatus, String> status : ITALIAN_STATUS.entrySet()) {
            if (status.getValue().equals(value) || status.getKey().name().equalsIgnoreCase(value)) {
                return status.getKey();
            }
        }
        sheet.problem(row, STATUS, "'" + value + "' non è uno tra richiesta, pianificata, consegnata, annullata");
        return null;
    }
}
