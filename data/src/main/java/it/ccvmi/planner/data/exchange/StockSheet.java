package it.ccvmi.planner.data.exchange;

import it.ccvmi.planner.data.goods.GoodsType;
import it.ccvmi.planner.data.site.Site;
import it.ccvmi.planner.data.stock.StockLot;
import it.ccvmi.planner.data.stock.StockLotRepository;
import it.ccvmi.planner.data.stock.StockSheetImport;
import it.ccvmi.planner.data.stock.StockSheetImportRepository;
import it.ccvmi.planner.planning.csv.Column;
import it.ccvmi.planner.planning.csv.CsvRow;
import it.ccvmi.planner.planning.csv.CsvTable;
import it.ccvmi.planner.planning.csv.SheetReader;
import it.ccvmi.planner.planning.csv.SheetWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The warehouse's goods-in spreadsheet: one row per lot received. Weight may be left blank (units
 * times the category's unit weight), as may the depot when there is only one, and the donor (optional
 * column). Every row adds a lot; the same sheet a second time adds nothing (its content's SHA-256 is kept as an
 * idempotency key).
 */
@Service
public class StockSheet {

    public static final Column CATEGORY = Column.of("categoria", "category", "goods_type", "merce", "tipo_merce");
    public static final Column UNITS = Column.of("colli", "unita", "units", "quantita", "quantity");
    public static final Column WEIGHT = Column.of("peso_kg", "kg", "peso", "weight_kg");
    public static final Column ARRIVAL = Column.of("data_arrivo", "arrivo", "arrival_date", "data_ricevimento");
    public static final Column EXPIRY = Column.of("scadenza", "data_scadenza", "expiry_date");
    public static final Column DEPOT = Column.of("deposito", "magazzino", "depot");
    public static final Column DONOR = Column.of("donatore", "donor");
    public static final List<Column> COLUMNS = List.of(CATEGORY, UNITS, WEIGHT, ARRIVAL, EXPIRY, DEPOT, DONOR);
    /** What the stock_lot.donor column holds. */
    private static final int DONOR_LENGTH = 160;

    private final StockLotRepository lots;
    private final StockSheetImportRepository imports;
    private final ReferenceLoader references;
    private final Clock clock;

    public StockSheet(StockLotRepository lots, StockSheetImportRepository imports, ReferenceLoader references,
            Clock clock) {
        this.lots = lots;
        this.imports = imports;
        this.references = references;
        this.clock = clock;
    }

    /**
     * Adds every row as a lot, or none; all problems of the file are reported together.
     *
     * @throws SheetAlreadyImportedException when a sheet with the same content was imported before
     */
    @Transactional
    public SheetImport importCsv(String fileName, Reader csv) {
        String text = readAll(csv);
        String contentSha256 = sha256(text);
        imports.findById(contentSha256).ifPresent(earlier -> {
            throw new SheetAlreadyImportedException(earlier);
        });
        SheetReader sheet = new SheetReader(CsvTable.read(fileName, new StringReader(text)),
                List.of(CATEGORY, UNITS, ARRIVAL), List.of(WEIGHT, EXPIRY, DEPOT, DONOR));
        References lookup = references.load();
        List<StockLot> accepted = new ArrayList<>();
        for (CsvRow row : sheet.rows()) {
            GoodsType type = lookup.goodsType(sheet, row, CATEGORY);
            Integer units = sheet.integer(row, UNITS, 1);
            BigDecimal weight = sheet.optionalText(row, WEIGHT).isEmpty() ? null
                    : sheet.decimal(row, WEIGHT, BigDecimal.ZERO);
            LocalDate arrival = sheet.date(row, ARRIVAL, true);
            LocalDate expiry = sheet.date(row, EXPIRY, false);
            Site depot = lookup.depot(sheet, row, DEPOT);
            String donor = sheet.optionalText(row, DONOR, DONOR_LENGTH);
            if (arrival != null && expiry != null && expiry.isBefore(arrival)) {
                sheet.problem(row, EXPIRY, "scade prima di arrivare");
            } else if (type != null && units != null && arrival != null && depot != null) {
                BigDecimal kg = weight != null ? weight : type.weightOf(units);
                StockLot lot = new StockLot(depot, type, units, kg, arrival, expiry);
                lot.setDonor(donor);
                accepted.add(lot);
            }
        }
        sheet.throwIfProblems();
        lots.saveAll(accepted);
        // Two uploads of one sheet at once: the second insert of the key fails, and its lots with it.
        imports.saveAndFlush(new StockSheetImport(contentSha256, fileName, OffsetDateTime.now(clock),
                accepted.size()));
        return new SheetImport(accepted.size(), 0);
    }

    private static String readAll(Reader csv) {
        try {
            StringWriter text = new StringWriter();
            csv.transferTo(text);
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sheet", e);
        }
    }

    /** The idempotency key: the content, ignoring line-end style and a byte-order mark. */
    private static String sha256(String text) {
        String normalised = text.replace("\uFEFF", "").replace("\r\n", "\n").strip();
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Transactional(readOnly = true)
    public String exportCsv() {
        SheetWriter writer = new SheetWriter(COLUMNS);
        for (StockLot lot : lots.findAllWithDepot()) {
            writer.row(List.of(lot.getGoodsType().getItalianName(), Integer.toString(lot.getUnits()),
                    SheetWriter.decimal(lot.getWeightKg()), SheetWriter.date(lot.getArrivalDate()),
                    SheetWriter.date(lot.getExpiryDate()), lot.getDepot().getName(),
                    lot.getDonor() == null ? "" : lot.getDonor()));
        }
        return writer.toString();
    }
}
