package it.ccvmi.planner.api.transparency;

import it.ccvmi.planner.api.transparency.DeliveryStatistics.CategoryTotals;
import it.ccvmi.planner.api.transparency.DeliveryStatistics.ComuneTotals;
import it.ccvmi.planner.planning.csv.Column;
import it.ccvmi.planner.planning.csv.SheetWriter;
import java.util.List;

/**
 * The statistics as a sheet like the programme's published tables: one row per comune and goods category, one
 * row per category for the whole territory ("TOTALE"), and a grand total. Consegne = goods handed over; units and
 * kg as planned, unita_consegnate and kg_consegnati as the crews confirmed them.
 */
final class StatisticsCsv {

    static final String TOTAL = "TOTALE";
    private static final List<Column> COLUMNS = List.of(Column.of("istat"), Column.of("comune"),
            Column.of("codice_merce"), Column.of("categoria"), Column.of("famiglia"), Column.of("consegne"),
            Column.of("unita"), Column.of("kg"), Column.of("unita_consegnate"), Column.of("kg_consegnati"));

    private StatisticsCsv() {
    }

    static String of(DeliveryStatistics statistics) {
        SheetWriter sheet = new SheetWriter(COLUMNS);
        for (ComuneTotals comune : statistics.perComune()) {
            for (CategoryTotals category : comune.perCategory()) {
                row(sheet, comune.istat(), comune.name(), category);
            }
        }
        for (CategoryTotals category : statistics.perCategory()) {
            row(sheet, "", TOTAL, category);
        }
        var totals = statistics.totals();
        sheet.row(List.of("", TOTAL, "", "", "", Long.toString(totals.items()), Long.toString(totals.units()),
                SheetWriter.decimal(totals.kg()), Long.toString(totals.deliveredUnits()),
                SheetWriter.decimal(totals.deliveredKg())));
        return sheet.toString();
    }

    private static void row(SheetWriter sheet, String istat, String comune, CategoryTotals category) {
        sheet.row(List.of(istat, comune, category.goodsCode(), category.goodsName(), category.family(),
                Long.toString(category.items()), Long.toString(category.units()), SheetWriter.decimal(category.kg()),
                Long.toString(category.deliveredUnits()), SheetWriter.decimal(category.deliveredKg())));
    }
}
