package it.ccvmi.planner.data.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import it.ccvmi.planner.data.TestData;
import it.ccvmi.planner.data.exchange.TerritoryImporter;
import it.ccvmi.planner.planning.csv.ImportException;
import it.ccvmi.planner.planning.csv.ImportProblem;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Spreadsheet import and export of requests, stock and fleet; subclasses choose the database. */
abstract class SpreadsheetExchangeTest {

    /** As a COC desk writes it in Italian Excel: ';', Italian headers and names, dd/mm/yyyy, a BOM. */
    static final String REQUESTS = """
            \uFEFFData consegna;Comune;Struttura;Categoria;Colli;Stato
            15/01/2021;Milano;;Pasta e riso;120;
            15/01/2021;Milano;;Formaggi e latticini;40;richiesta
            15/01/2021;015005;;BEVANDE;12;
            15/01/2021;Bresso;"CASA DELL'ANZIANO - RESIDENZA ""LUIGI STRADA\""";DPI;3;
            2021-01-16;sesto san giovanni;;Frutta e verdura;25;pianificata
            """;

    /** As the warehouse writes it: ',' separated, English headers, decimal point, a weight left blank. */
    static final String STOCK = """
            category,units,weight_kg,arrival_date,expiry_date,depot
            Pasta e riso,150,"1.812,5",2021-01-14,2022-01-14,
            Formaggi e latticini,60,,2021-01-14,2021-01-25,
            Kit vaccino antinfluenzale,200,500,2021-01-14,2021-03-31,
            """;

    static final String FLEET = """
            Organizzazione;Mezzo;Portata kg;Volume m3;Refrigerato;Inizio turno;Fine turno;Deposito
            Gruppo Comunale PC Segrate;Ducato 1;1200;10,5;no;9:00;17:00;
            Gruppo Comunale PC Segrate;Doblò frigo;550;3,2;sì;9.30;13:00;
            """;

    @Autowired
    TerritoryImporter territory;

    @Autowired
    RequestSheet requests;

    @Autowired
    StockSheet stock;

    @Autowired
    FleetSheet fleet;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void territoryAndNothingElse() {
        if (territory.isEmpty()) {
            territory.importFrom(TestData.directory());
        }
        jdbc.execute("DELETE FROM delivery_request");
        jdbc.execute("DELETE FROM stock_lot");
        jdbc.execute("DELETE FROM stock_sheet_import"); // the same sheet is imported again in the next test
        jdbc.execute("DELETE FROM vehicle");
    }

    @Test
    void importsWhatSpreadsheetsWrite() {
        assertThat(requests.importCsv("richieste.csv", new StringReader(REQUESTS))).isEqualTo(new SheetImport(5, 0));
        assertThat(stock.importCsv("carico.csv", new StringReader(STOCK))).isEqualTo(new SheetImport(3, 0));
        assertThat(fleet.importCsv("mezzi.csv", new StringReader(FLEET))).isEqualTo(new SheetImport(2, 0));

        assertThat(jdbc.queryForList("""
                SELECT s.name, r.goods_type, r.units, r.status FROM delivery_request r JOIN site s ON s.id = r.site_id
                ORDER BY r.delivery_date, s.name, r.goods_type
                """)).extracting(row -> row.values().stream().map(String::valueOf).toList()).containsExactly(
                List.of("CASA DELL'ANZIANO - RESIDENZA \"LUIGI STRADA\"", "DPI", "3", "REQUESTED"),
                List.of("COC Albairate", "BEVANDE", "12", "REQUESTED"),
                List.of("COC Milano", "FORMAGGI_LATTICINI", "40", "REQUESTED"),
                List.of("COC Milano", "PASTA_RISO", "120", "REQUESTED"),
                List.of("COC Sesto San Giovanni", "FRUTTA_VERDURA", "25", "PLANNED"));
        assertThat(jdbc.queryForList("SELECT weight_kg FROM stock_lot ORDER BY id", BigDecimal.class))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("1812.5"), new BigDecimal("360"),
                        new BigDecimal("500"));
        assertThat(jdbc.queryForObject("SELECT capacity_m3 FROM vehicle WHERE label = 'Ducato 1'",
                BigDecimal.class)).isEqualByComparingTo("10.5");
    }

    @Test
    void exportedSheetsImportBackToTheSameData() {
        requests.importCsv("richieste.csv", new StringReader(REQUESTS));
        stock.importCsv("carico.csv", new StringReader(STOCK));
        fleet.importCsv("mezzi.csv", new StringReader(FLEET));
        String requestSheet = requests.exportCsv(null);
        String stockSheet = stock.exportCsv();
        String fleetSheet = fleet.exportCsv();

        territoryAndNothingElse();
        requests.importCsv("richieste-export.csv", new StringReader(requestSheet));
        stock.importCsv("carico-export.csv", new StringReader(stockSheet));
        fleet.importCsv("mezzi-export.csv", new StringReader(fleetSheet));

        assertThat(requestSheet).startsWith("\uFEFFdata_consegna;codice_istat;comune;struttura;categoria;unita;stato\r\n")
                .contains("15/01/2021;015146;Milano;;Pasta e riso;120;richiesta");
        assertThat(requests.exportCsv(null)).isEqualTo(requestSheet);
        assertThat(stock.exportCsv()).isEqualTo(stockSheet);
        assertThat(fleet.exportCsv()).isEqualTo(fleetSheet);
        assertThat(requests.exportCsv(LocalDate.of(2021, 1, 16)).lines()).hasSize(2);
    }

    @Test
    void reimportingUpdatesInsteadOfDuplicating() {
        requests.importCsv("richieste.csv", new StringReader(REQUESTS));

        List<Map<String, Object>> before = timestamps();

        assertThat(requests.importCsv("richieste.csv", new StringReader(REQUESTS))).isEqualTo(new SheetImport(0, 0));
        assertThat(timestamps()).isEqualTo(before);
        assertThat(requests.importCsv("correzione.csv", new StringReader("""
                data_consegna,comune,categoria,unita
                15/01/2021,Milano,Pasta e riso,100
                """))).isEqualTo(new SheetImport(0, 1));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM delivery_request", Integer.class)).isEqualTo(5);
        List<Map<String, Object>> after = timestamps();
        for (int i = 0; i < before.size(); i++) { // only the revised row (Milano, pasta) gets a new updated_at
            assertThat(after.get(i).get("created_at")).isEqualTo(before.get(i).get("created_at"));
            boolean revised = "PASTA_RISO".equals(after.get(i).get("goods_type")) && "COC Milano".equals(after.get(i).get("name"));
            assertThat(after.get(i).get("updated_at").equals(before.get(i).get("updated_at"))).isEqualTo(!revised);
        }
        assertThat(fleet.importCsv("mezzi.csv", new StringReader(FLEET))).isEqualTo(new SheetImport(2, 0));
        assertThat(fleet.importCsv("mezzi.csv", new StringReader(FLEET))).isEqualTo(new SheetImport(0, 2));
    }

    private List<Map<String, Object>> timestamps() {
        return jdbc.queryForList("""
                SELECT s.name, r.goods_type, r.created_at, r.updated_at FROM delivery_request r
                JOIN site s ON s.id = r.site_id ORDER BY r.id
                """);
    }

    @Test
    void aBadSheetImportsNothingAndListsEveryProblem() {
        String bad = """
                Data consegna;Comune;Struttura;Categoria;Colli
                15/01/2021;Milano;;Pasta e riso;120
                32/01/2021;Milano;;Bevande;10
                15/01/2021;Gotham;;Bevande;10
                15/01/2021;Milano;;Caviale;10
                15/01/2021;Milano;;Bevande;dieci
                15/01/2021;Milano;Ospedale inesistente;Bevande;1
                15/01/2021;Milano;;Pasta e riso;5
                """;

        assertThatThrownBy(() -> requests.importCsv("richieste.csv", new StringReader(bad)))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.getProblems())
                        .extracting(ImportProblem::file, ImportProblem::line, ImportProblem::field).containsExactly(
                                tuple("richieste.csv", 3, "Data consegna"),
                                tuple("richieste.csv", 4, "Comune"),
                                tuple("richieste.csv", 5, "Categoria"),
                                tuple("richieste.csv", 6, "Colli"),
                                tuple("richieste.csv", 7, "Struttura"),
                                tuple("richieste.csv", 8, "Categoria")))
                .hasMessageContaining("richieste.csv line 6, field Colli: 'dieci' non è un numero intero");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM delivery_request", Integer.class)).isZero();
    }

    @Test
    void missingColumnsAndBadFleetRowsAreReported() {
        assertThatThrownBy(() -> stock.importCsv("carico.csv", new StringReader("categoria;kg\nBevande;10\n")))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("carico.csv line 1, field colli: colonna mancante")
                .hasMessageContaining("carico.csv line 1, field data_arrivo: colonna mancante");
        assertThatThrownBy(() -> fleet.importCsv("mezzi.csv", new StringReader("""
                organizzazione;mezzo;portata_kg;volume_m3;refrigerato;inizio_turno;fine_turno
                OdV Rho;Van;0;8;forse;18:00;9:00
                OdV Rho;%s;900;6;no;9:00;17:00
                """.formatted("Furgone".repeat(12)))))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.getProblems())
                        .extracting(ImportProblem::line, ImportProblem::field)
                        .containsExactly(tuple(2, "portata_kg"), tuple(2, "refrigerato"), tuple(2, "fine_turno"),
                                tuple(3, "mezzo")))
                .hasMessageContaining("mezzi.csv line 3, field mezzo: è lungo 84 caratteri, al massimo 80 ammessi");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM vehicle", Integer.class)).isZero();
    }
}
