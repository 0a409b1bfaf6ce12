package it.ccvmi.planner.data.exchange;

import it.ccvmi.planner.data.stock.StockSheetImport;

/** The same goods-in sheet was imported before: importing it again would count its goods twice. */
public class SheetAlreadyImportedException extends RuntimeException {

    public SheetAlreadyImportedException(StockSheetImport earlier) {
        super("this sheet was already imported (" + earlier.getFileName() + ", " + earlier.getImportedAt()
                + ", " + earlier.getLots() + " lots); nothing was added. A new delivery is a new sheet: change"
                + " or add its rows");
    }
}
