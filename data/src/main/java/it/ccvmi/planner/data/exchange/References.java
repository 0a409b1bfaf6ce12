package it.ccvmi.planner.data.exchange;

import it.ccvmi.planner.data.goods.GoodsType;
import it.ccvmi.planner.data.site.Site;
import it.ccvmi.planner.data.territory.Comune;
import it.ccvmi.planner.planning.csv.Column;
import it.ccvmi.planner.planning.csv.CsvRow;
import it.ccvmi.planner.planning.csv.CsvTable;
import it.ccvmi.planner.planning.csv.SheetReader;
import it.ccvmi.planner.planning.territory.SiteKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves what people write in a spreadsheet to reference data: goods types by code or Italian name,
 * comuni by ISTAT code or name, sites by name within a comune, the depot. Matching ignores case,
 * accents and punctuation ("Kit vaccino antinfluenzale", "kit_vaccino_antinfluenzale", "Càsalpusterlengo").
 */
final class References {

    private final Map<String, GoodsType> goods = new HashMap<>();
    private final Map<String, Comune> comuni = new HashMap<>();
    private final Map<String, Site> sites = new HashMap<>();
    private final Map<String, Site> cocs = new HashMap<>();
    private final Map<String, Site> depots = new HashMap<>();

    References(List<GoodsType> goodsTypes, List<Site> allSites) {
        for (GoodsType type : goodsTypes) {
            goods.put(key(type.getCode()), type);
            goods.put(key(type.getItalianName()), type);
        }
        for (Site site : allSites) {
            Comune comune = site.getComune();
            comuni.put(comune.getIstatCode(), comune);
            comuni.put(key(comune.getName()), comune);
            sites.put(comune.getIstatCode() + "|" + key(site.getName()), site);
            if (site.getKind() == SiteKind.COC) {
                cocs.put(comune.getIstatCode(), site);
            } else if (site.getKind() == SiteKind.DEPOT) {
                depots.put(key(site.getName()), site);
            }
        }
    }

    /** A goods type by code or Italian name; null after recording a problem. */
    GoodsType goodsType(SheetReader sheet, CsvRow row, Column column) {
        String value = sheet.text(row, column);
        if (value == null) {
            return null;
        }
        GoodsType type = goods.get(key(value));
        if (type == null) {
            sheet.problem(row, column, "'" + value + "' non è una categoria (usare una tra: " + String.join(", ",
                    goods.values().stream().map(GoodsType::getItalianName).distinct().sorted().toList()) + ")");
        }
        return type;
    }

    /**
     * The site a row names: the comune's COC when {@code siteColumn} is blank, otherwise the site of that
     * name in the comune. The comune comes from {@code codeColumn} (ISTAT code) or {@code nameColumn}.
     */
    Site site(SheetReader sheet, CsvRow row, Column codeColumn, Column nameColumn, Column siteColumn) {
        String code = sheet.optionalText(row, codeColumn);
        String name = sheet.optionalText(row, nameColumn);
        Comune comune = code.isEmpty() ? comuni.get(key(name)) : comuni.get(code);
        if (comune == null) {
            Column column = code.isEmpty() ? nameColumn : codeColumn;
            sheet.problem(row, column, code.isEmpty() && name.isEmpty() ? "è vuoto"
                    : "'" + (code.isEmpty() ? name : code) + "' non è un comune della Città metropolitana");
            return null;
        }
        String siteName = sheet.optionalText(row, siteColumn);
        Site site = siteName.isEmpty() ? cocs.get(comune.getIstatCode())
                : sites.get(comune.getIstatCode() + "|" + key(siteName));
        if (site == null) {
            sheet.problem(row, siteColumn, "nessuna struttura '" + siteName + "' a " + comune.getName());
        }
        return site;
    }

    /** The depot a row names, or the only depot when the cell is blank. */
    Site depot(SheetReader sheet, CsvRow row, Column column) {
        String name = sheet.optionalText(row, column);
        if (name.isEmpty() && depots.size() == 1) {
            return depots.values().iterator().next();
        }
        Site depot = depots.get(key(name));
        if (depot == null) {
            sheet.problem(row, column, name.isEmpty() ? "è vuoto e non c'è un solo deposito"
                    : "'" + name + "' non è un deposito");
        }
        return depot;
    }

    private static String key(String text) {
        return CsvTable.normalizeName(text);
    }
}
