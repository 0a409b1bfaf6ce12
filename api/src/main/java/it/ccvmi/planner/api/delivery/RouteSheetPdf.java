package it.ccvmi.planner.api.delivery;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import it.ccvmi.planner.api.delivery.RouteManifest.LoadingLine;
import it.ccvmi.planner.api.delivery.RouteManifest.ManifestItem;
import it.ccvmi.planner.api.delivery.RouteManifest.ManifestStop;
import it.ccvmi.planner.api.delivery.RouteManifest.TemperatureTotal;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The route sheet a crew prints (A4, Italian): the stops in driving order with ETA, window, address, receiving
 * hours and goods to unload; the loading list (last stop first); the load per temperature class. Standard
 * Helvetica (WinAnsi) covers Italian accented letters, so no font is embedded.
 */
final class RouteSheetPdf {

    private static final Locale ITALIAN = Locale.ITALY;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final Font TITLE = new Font(Font.HELVETICA, 15, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 9);
    private static final Font HEADER_CELL = new Font(Font.HELVETICA, 8, Font.BOLD);
    private static final Font CELL = new Font(Font.HELVETICA, 8);

    private RouteSheetPdf() {
    }

    static byte[] render(RouteManifest manifest) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 28, 28, 28, 28);
        PdfWriter.getInstance(document, out);
        document.addTitle("Foglio di viaggio " + manifest.vanLabel() + " " + DATE.format(manifest.date()));
        document.open();
        document.add(new Paragraph("Foglio di viaggio - " + manifest.vanLabel(), TITLE));
        document.add(new Paragraph(manifest.organisation(), TEXT));
        document.add(new Paragraph(dayLine(manifest), TEXT));
        document.add(heading("Tappe"));
        document.add(stops(manifest.stops()));
        document.add(heading("Carico (si carica per prima la merce dell'ultima tappa)"));
        document.add(loading(manifest.loadingList()));
        document.add(heading("Totali per temperatura"));
        document.add(totals(manifest));
        document.close();
        return out.toByteArray();
    }

    private static String dayLine(RouteManifest manifest) {
        String day = manifest.date().getDayOfWeek().getDisplayName(TextStyle.FULL, ITALIAN) + " "
                + DATE.format(manifest.date());
        String line = "Giorno di consegna: " + day + " - piano versione " + manifest.versionNumber()
                + " - partenza " + time(manifest.departure()) + " da " + manifest.depotName() + ", rientro "
                + time(manifest.returnTime());
        if (manifest.distanceMetres() != null) {
            line += " - " + number(BigDecimal.valueOf(manifest.distanceMetres()).movePointLeft(3)) + " km";
        }
        return line + (manifest.refrigerated() ? " - furgone refrigerato" : "");
    }

    private static PdfPTable stops(List<ManifestStop> stops) {
        PdfPTable table = table(new float[] {4, 7, 11, 20, 20, 10, 22, 6}, "N.", "Arrivo", "Finestra", "Struttura",
                "Indirizzo", "Ricevimento", "Merce da scaricare", "kg");
        for (ManifestStop stop : stops) {
            cells(table, Integer.toString(stop.sequence()), time(stop.arrival()),
                    time(stop.windowStart()) + "-" + time(stop.windowEnd()), stop.siteName(),
                    (stop.address() == null ? "" : stop.address() + ", ") + stop.comuneName(),
                    stop.receivingHours().stream().map(hours -> time(hours.opensAt()) + "-" + time(hours.closesAt()))
                            .collect(Collectors.joining(" ")),
                    goods(stop.items()), number(stop.kg()));
        }
        return table;
    }

    private static PdfPTable loading(List<LoadingLine> lines) {
        PdfPTable table = table(new float[] {6, 7, 6, 28, 42, 11}, "Giro", "Ordine", "Tappa", "Struttura", "Merce",
                "kg");
        for (LoadingLine line : lines) {
            cells(table, Integer.toString(line.trip()), Integer.toString(line.loadOrder()),
                    Integer.toString(line.stopSequence()), line.siteName(), goods(line.items()), number(line.kg()));
        }
        return table;
    }

    private static PdfPTable totals(RouteManifest manifest) {
        PdfPTable table = table(new float[] {50, 25, 25}, "Temperatura", "Unità", "kg");
        for (TemperatureTotal total : manifest.totalsByTemperature()) {
            cells(table, temperature(total.temperatureClass()), Integer.toString(total.units()), number(total.kg()));
        }
        cells(table, "Totale", Integer.toString(manifest.totalUnits()), number(manifest.totalKg()));
        return table;
    }

    /** "10 casse Pasta e riso (120 kg)" per line. */
    private static String goods(List<ManifestItem> items) {
        return items.stream().map(item -> item.units() + " " + unit(item.unit(), item.units()) + " "
                + item.goodsName() + (item.temperatureClass().equals("CHILLED") ? " [freddo]" : "") + " ("
                + number(item.kg()) + " kg)").collect(Collectors.joining("\n"));
    }

    private static String unit(String unit, int units) {
        return switch (unit) {
            case "CASE" -> units == 1 ? "cassa" : "casse";
            case "BOX" -> units == 1 ? "scatola" : "scatole";
            default -> "kit";
        };
    }

    private static String temperature(String temperatureClass) {
        return temperatureClass.equals("CHILLED") ? "Refrigerato (catena del freddo)" : "Temperatura ambiente";
    }

    private static Paragraph heading(String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(4);
        return heading;
    }

    private static PdfPTable table(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1); // repeated on every page
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(header, HEADER_CELL));
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            table.addCell(cell);
        }
        return table;
    }

    private static void cells(PdfPTable table, String... values) {
        for (String value : values) {
            table.addCell(new PdfPCell(new Phrase(value, CELL)));
        }
    }

    private static String time(LocalTime time) {
        return time == null ? "" : TIME.format(time);
    }

    /** 1.234,5 as Italians write it. */
    private static String number(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(ITALIAN));
        return format.format(value);
    }
}
