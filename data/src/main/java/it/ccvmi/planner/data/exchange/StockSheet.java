package it.ccvmi.planner.data.exchange;

import it.ccvmi.planner.data.goods.GoodsType;
import it.ccvmi.planner.data.site.Site;
import it.ccvmi.planner.data.stock.StockLot;
import it.ccvmi.planner.data.stock.StockLotRepository;
import it.ccvmi.planner.planning.csv.Column;
import it.ccvmi.planner.planning.csv.CsvRow;
import it.ccvmi.planner.planning.csv.CsvTable;
import it.ccvmi.planner.planning.csv.SheetReader;
import it.ccvmi.planner.planning.csv.SheetWriter;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The warehouse's goods-in spreadsheet: one row per lot received. Weight may be left blank (units
 * times the category's unit weight), as may the depot when there is only one. Every row adds a lot.
 */
@Service
public class StockSheet {

    public static final Column CATEGORY = Column.of("categoria", "category", "goods_type", "merce", "tipo_merce");
    public static final Column UNITS = Column.of("colli", "unita", "units", "quantita", "quantity");
    public static final Column WEIGHT = Column.of("peso_kg", "kg", "peso", "weight_kg");
    public static final Column ARRIVAL = Column.of("data_arrivo", "arrivo", "arrival_date", "data_ricevimento");
    public static final Column EXPIRY = Column.of("scadenza", "data_scadenza", "expiry_date");
    public static final Column DEPOT = Column.of("deposito", "magazzino", "depot");
    public static final List<Column> COLUMNS = List.of(CATEGORY, UNITS, WEIGHT, ARRIVAL, EXPIRY, DEPOT);

    private final StockLotRepository lots;
    private final ReferenceLoader references;

    public StockSheet(StockLotRepository lots, ReferenceLoader references) {
        this.lots = lots;
        this.references = references;
    }

    /** Adds every row as a lot, or none; all problems of the file are reported together. */
    @Transactional
    public SheetImport importCsv(String fileName, Reader csv) {
        SheetReader sheet = new SheetReader(CsvTable.read(fileName, csv), List.of(CATEGORY, UNITS, ARRIVAL),
                List.of(WEIGHT, EXPIRY, DEPOT));
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
            if (arrival != null && expiry != null && expiry.isBefore(arrival)) {
                sheet.problem(row, EXPIRY, "expires before it arrives");
            } else if (type != null && units != null && arrival != null && depot != null) {
                BigDecimal kg = weight != null ? weight : type.weightOf(units);
                accepted.add(new StockLot(depot, type, units, kg, arrival, expiry));
            }
        }
        sheet.throwIfProblems();
        lots.saveAll(accepted);
        return new SheetImport(accepted.size(), 0);
    }

    @Transactional(readOnly = true)
    public String exportCsv() {
        SheetWriter writer = new SheetWriter(COLUMNS);
        for (StockLot lot : lots.findAllWithDepot()) {
            writer.row(List.of(lot.getGoodsType().getItalianName(), Integer.toString(lot.getUnits()),
                    SheetWriter.decimal(lot.getWeightKg()), SheetWriter.date(lot.getArrivalDate()),
                    SheetWriter.date(lot.getExpiryDate()), lot.getDepot().getName()));
        }
        return writer.toString();
    }
}
