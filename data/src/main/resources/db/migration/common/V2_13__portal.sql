-- Tables of the COC portal (issue 13).

-- Private calendar subscription links (issue 13): one per comune, polled by calendar apps without credentials.
-- Only the SHA-256 of the secret in the link is kept; a new link replaces the old one, deleting the row revokes it.
CREATE TABLE calendar_link (
    comune_istat VARCHAR(6)  PRIMARY KEY REFERENCES comune (istat_code),
    secret_hash  VARCHAR(64) NOT NULL UNIQUE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- "Password dimenticata": an account's holder asks a planner for a new password (no e-mail server needed).
-- Cleared when a planner sets the new password.
CREATE TABLE password_help (
    username VARCHAR(80) PRIMARY KEY,
    asked_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Donation intake at the Idroscalo records who gave each lot.
ALTER TABLE stock_lot ADD COLUMN donor VARCHAR(160);
