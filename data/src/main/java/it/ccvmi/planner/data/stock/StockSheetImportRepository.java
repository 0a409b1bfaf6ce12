package it.ccvmi.planner.data.stock;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StockSheetImportRepository extends JpaRepository<StockSheetImport, String> {
}
