package it.ccvmi.planner.data.exchange;

import it.ccvmi.planner.data.stock.StockSheetImport;

/** The same goods-in sheet was imported before: importing it again would count its goods twice. */
public class SheetAlreadyImportedException extends RuntimeException {

    public SheetAlreadyImportedException(StockSheetImport earlier) {
        super("questo foglio è già stato importato (" + earlier.getFileName() + ", " + earlier.getImportedAt()
                + ", " + earlier.getLots() + " lotti); non è stato aggiunto nulla. Un nuovo arrivo è un nuovo foglio:"
                + " cambiarne o aggiungerne le righe");
    }
}
