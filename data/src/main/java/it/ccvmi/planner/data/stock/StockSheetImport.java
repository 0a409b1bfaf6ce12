package it.ccvmi.planner.data.stock;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A goods-in sheet that was imported, known by the SHA-256 of its content (the idempotency key). */
@Entity
@Table(name = "stock_sheet_import")
public class StockSheetImport {

    @Id
    private String contentSha256;

    private String fileName;

    private OffsetDateTime importedAt;

    private int lots;

    protected StockSheetImport() {
    }

    public StockSheetImport(String contentSha256, String fileName, OffsetDateTime importedAt, int lots) {
        this.contentSha256 = contentSha256;
        this.fileName = fileName;
        this.importedAt = importedAt;
        this.lots = lots;
    }

    public String getFileName() {
        return fileName;
    }

    public OffsetDateTime getImportedAt() {
        return importedAt;
    }

    public int getLots() {
        return lots;
    }
}
