package it.ccvmi.planner.api.schedule;

import it.ccvmi.planner.planning.csv.Column;
import it.ccvmi.planner.planning.csv.SheetWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The schedule as a sheet for Italian Excel (see {@link SheetWriter}): one row per goods of each delivery. */
final class ScheduleCsv {

    static final String MEDIA_TYPE = "text/csv;charset=UTF-8";
    private static final DateTimeFormatter PUBLISHED = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final List<Column> COLUMNS = List.of(Column.of("data"), Column.of("arrivo_previsto"),
            Column.of("finestra_dalle"), Column.of("finestra_alle"), Column.of("tappa"), Column.of("sito"),
            Column.of("indirizzo"), Column.of("furgone"), Column.of("organizzazione"), Column.of("codice_merce"),
            Column.of("merce"), Column.of("unita"), Column.of("tipo_unita"), Column.of("kg"),
            Column.of("versione_piano"), Column.of("pubblicato_il"), Column.of("esito"),
            Column.of("unita_consegnate"));

    private ScheduleCsv() {
    }

    static String of(DeliverySchedule schedule) {
        SheetWriter sheet = new SheetWriter(COLUMNS);
        String version = Integer.toString(schedule.planVersion().number());
        String published = PUBLISHED.format(schedule.planVersion().publishedAt().atZoneSameInstant(ROME));
        for (ScheduledDelivery delivery : schedule.deliveries()) {
            for (ScheduledDelivery.Item item : delivery.items()) {
                sheet.row(List.of(SheetWriter.date(delivery.date()), SheetWriter.time(delivery.arrival()),
                        SheetWriter.time(delivery.windowStart()), SheetWriter.time(delivery.windowEnd()),
                        Integer.toString(delivery.sequence()), delivery.siteName(),
                        delivery.address() == null ? "" : delivery.address(), delivery.vanLabel(),
                        delivery.organisation(), item.goodsCode(), item.goodsName(), Integer.toString(item.units()),
                        item.unit(), SheetWriter.decimal(item.kg()), version, published,
                        delivery.confirmation() == null ? "" : delivery.confirmation().text(),
                        item.deliveredUnits() == null ? "" : Integer.toString(item.deliveredUnits())));
            }
        }
        return sheet.toString();
    }
}
