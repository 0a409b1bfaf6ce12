package it.ccvmi.planner.planning.goods;

import java.util.List;

/** The codes of the goods types seeded by migration V1_3 (the stable identifiers; names are Italian). */
public final class GoodsCodes {

    public static final String BEVANDE = "BEVANDE";
    public static final String FORMAGGI_LATTICINI = "FORMAGGI_LATTICINI";
    public static final String FRUTTA_VERDURA = "FRUTTA_VERDURA";
    public static final String PANE_DOLCI = "PANE_DOLCI";
    public static final String PASTA_RISO = "PASTA_RISO";
    public static final String ALTRI_ALIMENTARI = "ALTRI_ALIMENTARI";
    public static final String DPI = "DPI";
    public static final String FLU_VACCINE_KIT = "KIT_VACCINO_ANTINFLUENZALE";
    public static final String MEDICINES = "FARMACI";

    /** The six food categories of the programme, in the order the programme reports them. */
    public static final List<String> FOOD = List.of(BEVANDE, FORMAGGI_LATTICINI, FRUTTA_VERDURA, PANE_DOLCI,
            PASTA_RISO, ALTRI_ALIMENTARI);

    private GoodsCodes() {
    }
}
