-- Goods-in sheets already imported, by the SHA-256 of their content: the same sheet again adds no stock.
CREATE TABLE stock_sheet_import (
    content_sha256 VARCHAR(64)  PRIMARY KEY,
    file_name      VARCHAR(255) NOT NULL,
    imported_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    lots           INTEGER      NOT NULL
);
