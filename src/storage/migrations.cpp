// Schema of the Cabas database, as numbered migrations.
// Conventions (docs/design/architecture.md §5, §6): amounts are INTEGER *_cents, rates *_bp,
// weights *_grams; dates ISO-8601 TEXT (YYYY-MM-DD); timestamps UTC TEXT (YYYY-MM-DDTHH:MM:SSZ),
// so text order is time order and ranges use indexes. Enum columns hold the stable codes of core's
// to_code() (French) or, for enums storage owns, the English codes checked below. Tables are
// STRICT so a wrong type is an error, not a surprise. A released migration is never edited:
// changes go into a new numbered one.
#include "storage/migrations.hpp"

#include "storage/sqlite_migrations_catalogue.hpp"
#include "storage/sqlite_migrations_journal.hpp"

#include <string>

namespace cabas::storage {

namespace {

// Households, their composition and their file. Members, resources and charges belong to one
// household and go with it (ON DELETE CASCADE) when a file is erased after its retention period.
constexpr std::string_view v1_households = R"sql(
CREATE TABLE baremes (
    version        INTEGER PRIMARY KEY,
    effective_from TEXT NOT NULL,
    label          TEXT NOT NULL,
    json           TEXT NOT NULL,
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;
CREATE INDEX baremes_by_effective_from ON baremes (effective_from, version);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE referrers (
    id            INTEGER PRIMARY KEY,
    organisation  TEXT NOT NULL,
    social_worker TEXT NOT NULL DEFAULT '',
    kind          TEXT NOT NULL DEFAULT '',
    UNIQUE (organisation, social_worker)
) STRICT;

CREATE TABLE households (
    id                   INTEGER PRIMARY KEY,
    file_number          TEXT NOT NULL UNIQUE,
    pseudonym            TEXT NOT NULL DEFAULT '',
    sales_code           TEXT NOT NULL UNIQUE,
    type                 TEXT NOT NULL,
    neighbourhood        TEXT NOT NULL DEFAULT '',
    address              TEXT NOT NULL DEFAULT '',
    housing              TEXT NOT NULL,
    main_resource        TEXT NOT NULL,
    referrer_id          INTEGER REFERENCES referrers (id),
    attested_qf_cents    INTEGER CHECK (attested_qf_cents >= 0),
    commission_rate_bp   INTEGER CHECK (commission_rate_bp BETWEEN 0 AND 10000),
    fse_disability       INTEGER NOT NULL DEFAULT 0 CHECK (fse_disability IN (0, 1)),
    fse_nationality      TEXT NOT NULL,
    fse_homeless         INTEGER NOT NULL DEFAULT 0 CHECK (fse_homeless IN (0, 1)),
    project_type         TEXT,
    project_description  TEXT NOT NULL DEFAULT '',
    project_target_cents INTEGER NOT NULL DEFAULT 0 CHECK (project_target_cents >= 0),
    notes                TEXT NOT NULL DEFAULT '',
    created_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    last_contact_on      TEXT
) STRICT;
CREATE INDEX households_by_referrer ON households (referrer_id);
CREATE INDEX households_by_last_contact ON households (last_contact_on);

CREATE TABLE members (
    id           INTEGER PRIMARY KEY,
    household_id INTEGER NOT NULL REFERENCES households (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    first_name   TEXT NOT NULL,
    last_name    TEXT NOT NULL DEFAULT '',
    birth_date   TEXT NOT NULL,
    sex          TEXT NOT NULL,
    relationship TEXT NOT NULL,
    disabled     INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    UNIQUE (household_id, position)
) STRICT;

CREATE TABLE resources (
    id            INTEGER PRIMARY KEY,
    household_id  INTEGER NOT NULL REFERENCES households (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    kind          TEXT NOT NULL,
    monthly_cents INTEGER NOT NULL CHECK (monthly_cents >= 0),
    label         TEXT NOT NULL DEFAULT '',
    UNIQUE (household_id, position)
) STRICT;

CREATE TABLE charges (
    id            INTEGER PRIMARY KEY,
    household_id  INTEGER NOT NULL REFERENCES households (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    kind          TEXT NOT NULL,
    monthly_cents INTEGER NOT NULL CHECK (monthly_cents >= 0),
    label         TEXT NOT NULL DEFAULT '',
    UNIQUE (household_id, position)
) STRICT;
)sql";

// Commission decisions, access periods with their suspensions and exit, cards.
constexpr std::string_view v1_access = R"sql(
CREATE TABLE commission_decisions (
    id             INTEGER PRIMARY KEY,
    household_id   INTEGER NOT NULL REFERENCES households (id),
    decided_on     TEXT NOT NULL,
    decision       TEXT NOT NULL CHECK (decision IN ('accepted', 'refused', 'postponed', 'derogation')),
    reason         TEXT NOT NULL DEFAULT '',
    decided_by     TEXT NOT NULL DEFAULT '',
    bareme_version INTEGER REFERENCES baremes (version)
) STRICT;
CREATE INDEX commission_decisions_by_household ON commission_decisions (household_id, decided_on);
CREATE INDEX commission_decisions_by_date ON commission_decisions (decided_on);

CREATE TABLE access_periods (
    id              INTEGER PRIMARY KEY,
    household_id    INTEGER NOT NULL REFERENCES households (id),
    start_on        TEXT NOT NULL,
    end_on          TEXT NOT NULL,
    renewal         INTEGER NOT NULL DEFAULT 0 CHECK (renewal IN (0, 1)),
    rule_override   INTEGER NOT NULL DEFAULT 0 CHECK (rule_override IN (0, 1)),
    override_reason TEXT NOT NULL DEFAULT '',
    exit_on         TEXT,
    exit_reason     TEXT,
    exit_note       TEXT NOT NULL DEFAULT '',
    CHECK (end_on >= start_on),
    CHECK ((exit_on IS NULL) = (exit_reason IS NULL))
) STRICT;
CREATE INDEX access_periods_by_household ON access_periods (household_id, start_on);
CREATE INDEX access_periods_by_end ON access_periods (end_on);

CREATE TABLE suspensions (
    id        INTEGER PRIMARY KEY,
    period_id INTEGER NOT NULL REFERENCES access_periods (id) ON DELETE CASCADE,
    from_on   TEXT NOT NULL,
    until_on  TEXT,
    reason    TEXT NOT NULL DEFAULT '',
    CHECK (until_on IS NULL OR until_on >= from_on)
) STRICT;
CREATE INDEX suspensions_by_period ON suspensions (period_id, from_on);

CREATE TABLE cards (
    id            INTEGER PRIMARY KEY,
    number        TEXT NOT NULL UNIQUE,
    household_id  INTEGER NOT NULL REFERENCES households (id),
    issued_on     TEXT NOT NULL,
    state         TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'revoked')),
    revoked_on    TEXT,
    revoke_reason TEXT NOT NULL DEFAULT '',
    replaced_by   INTEGER REFERENCES cards (id),
    CHECK ((state = 'revoked') = (revoked_on IS NOT NULL))
) STRICT;
CREATE INDEX cards_by_household ON cards (household_id);
-- A household holds at most one card that the till accepts.
CREATE UNIQUE INDEX cards_one_active_per_household ON cards (household_id) WHERE state = 'active';

CREATE TABLE users (
    id           INTEGER PRIMARY KEY,
    login        TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role         TEXT NOT NULL CHECK (role IN ('volunteer', 'manager', 'social_worker', 'admin')),
    pin_hash     TEXT NOT NULL,
    active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;
)sql";

// Catalogue and stock. A lot keeps the origin of its reception (FSE+ and food-bank lots must be
// traceable); its remaining quantity is the sum of its movements, never a stored counter.
constexpr std::string_view v1_stock = R"sql(
CREATE TABLE categories (
    id              INTEGER PRIMARY KEY,
    code            TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    rate_bp         INTEGER CHECK (rate_bp BETWEEN 0 AND 10000),
    limit_per_visit INTEGER CHECK (limit_per_visit >= 0),
    limit_per_month INTEGER CHECK (limit_per_month >= 0)
) STRICT;

CREATE TABLE products (
    id                  INTEGER PRIMARY KEY,
    name                TEXT NOT NULL,
    category_id         INTEGER REFERENCES categories (id),
    unit                TEXT NOT NULL,
    retail_value_cents  INTEGER NOT NULL CHECK (retail_value_cents >= 0),
    always_free         INTEGER NOT NULL DEFAULT 0 CHECK (always_free IN (0, 1)),
    limit_per_visit     INTEGER CHECK (limit_per_visit >= 0),
    limit_per_month     INTEGER CHECK (limit_per_month >= 0),
    low_stock_threshold INTEGER NOT NULL DEFAULT 0 CHECK (low_stock_threshold >= 0),
    net_grams           INTEGER NOT NULL DEFAULT 0 CHECK (net_grams >= 0),
    active              INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;
CREATE INDEX products_by_category ON products (category_id);
CREATE INDEX products_by_name ON products (name);

CREATE TABLE barcodes (
    code       TEXT PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE
) STRICT;
CREATE INDEX barcodes_by_product ON barcodes (product_id);

CREATE TABLE receptions (
    id          INTEGER PRIMARY KEY,
    origin      TEXT NOT NULL,
    supplier    TEXT NOT NULL DEFAULT '',
    received_on TEXT NOT NULL,
    reference   TEXT NOT NULL DEFAULT '',
    created_by  TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;
CREATE INDEX receptions_by_date ON receptions (received_on);

CREATE TABLE lots (
    id               INTEGER PRIMARY KEY,
    product_id       INTEGER NOT NULL REFERENCES products (id),
    reception_id     INTEGER NOT NULL REFERENCES receptions (id),
    origin           TEXT NOT NULL,
    lot_code         TEXT NOT NULL DEFAULT '',
    expiry_on        TEXT,
    expiry_kind      TEXT CHECK (expiry_kind IN ('dlc', 'ddm')),
    initial_quantity INTEGER NOT NULL CHECK (initial_quantity > 0),
    unit_cost_cents  INTEGER CHECK (unit_cost_cents >= 0),
    CHECK ((expiry_on IS NULL) = (expiry_kind IS NULL))
) STRICT;
CREATE INDEX lots_by_product ON lots (product_id, expiry_on);
CREATE INDEX lots_by_reception ON lots (reception_id);
CREATE INDEX lots_by_expiry ON lots (expiry_on);
)sql";

// Till sessions, sales, payments, stock movements. Sales name the household only by its random
// sales_code, so erasing a household file never touches the sales or the journal.
constexpr std::string_view v1_till = R"sql(
CREATE TABLE till_sessions (
    id            INTEGER PRIMARY KEY,
    till_id       TEXT NOT NULL,
    opened_by     TEXT NOT NULL,
    opened_at     TEXT NOT NULL,
    float_cents   INTEGER NOT NULL CHECK (float_cents >= 0),
    closed_at     TEXT,
    counted_cents INTEGER,
    closed_by     TEXT
) STRICT;
-- One open session per till.
CREATE UNIQUE INDEX till_sessions_one_open ON till_sessions (till_id) WHERE closed_at IS NULL;
CREATE INDEX till_sessions_by_till ON till_sessions (till_id, opened_at);

CREATE TABLE sales (
    id                INTEGER PRIMARY KEY,
    session_id        INTEGER NOT NULL REFERENCES till_sessions (id),
    sequence          INTEGER NOT NULL CHECK (sequence > 0),
    household_code    TEXT NOT NULL,
    sold_at           TEXT NOT NULL,
    total_value_cents INTEGER NOT NULL,
    total_paid_cents  INTEGER NOT NULL,
    override_by       TEXT,
    override_reason   TEXT,
    corrects_sale_id  INTEGER REFERENCES sales (id),
    request_id        TEXT UNIQUE,
    UNIQUE (session_id, sequence)
) STRICT;
CREATE INDEX sales_by_household_code ON sales (household_code, sold_at);
CREATE INDEX sales_by_date ON sales (sold_at);
CREATE INDEX sales_by_corrected ON sales (corrects_sale_id);

CREATE TABLE sale_lines (
    id                    INTEGER PRIMARY KEY,
    sale_id               INTEGER NOT NULL REFERENCES sales (id),
    position              INTEGER NOT NULL,
    product_id            INTEGER NOT NULL REFERENCES products (id),
    lot_id                INTEGER REFERENCES lots (id),
    quantity              INTEGER NOT NULL,
    value_cents           INTEGER NOT NULL,
    rate_bp               INTEGER NOT NULL CHECK (rate_bp BETWEEN 0 AND 10000),
    paid_cents            INTEGER NOT NULL,
    counts_against_credit INTEGER NOT NULL CHECK (counts_against_credit IN (0, 1)),
    UNIQUE (sale_id, position)
) STRICT;
CREATE INDEX sale_lines_by_product ON sale_lines (product_id);
CREATE INDEX sale_lines_by_lot ON sale_lines (lot_id);

CREATE TABLE payments (
    id           INTEGER PRIMARY KEY,
    sale_id      INTEGER NOT NULL REFERENCES sales (id),
    method       TEXT NOT NULL CHECK (method IN ('cash', 'card', 'cheque', 'free')),
    amount_cents INTEGER NOT NULL
) STRICT;
CREATE INDEX payments_by_sale ON payments (sale_id);

CREATE TABLE stock_movements (
    id           INTEGER PRIMARY KEY,
    lot_id       INTEGER NOT NULL REFERENCES lots (id),
    kind         TEXT NOT NULL CHECK (kind IN ('reception', 'sale', 'loss', 'adjustment', 'correction')),
    quantity     INTEGER NOT NULL CHECK (quantity <> 0),
    occurred_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    sale_line_id INTEGER REFERENCES sale_lines (id),
    reason       TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX stock_movements_by_lot ON stock_movements (lot_id, occurred_at);
CREATE INDEX stock_movements_by_sale_line ON stock_movements (sale_line_id);
CREATE INDEX stock_movements_by_date ON stock_movements (occurred_at);
)sql";

// The tamper-evident journal and the access log are append-only: the triggers refuse any UPDATE
// or DELETE, and the journal's sequence must follow the last record without a gap. access_log's
// household_id is deliberately not a foreign key: the log must outlive an erased household file.
constexpr std::string_view v1_journal = R"sql(
CREATE TABLE journal (
    sequence      INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL,
    occurred_at   TEXT NOT NULL,
    payload       TEXT NOT NULL,
    previous_hash TEXT NOT NULL,
    hash          TEXT NOT NULL UNIQUE
) STRICT;
CREATE TRIGGER journal_gapless BEFORE INSERT ON journal
WHEN NEW.sequence IS NOT (SELECT COALESCE(MAX(sequence), 0) + 1 FROM journal)
BEGIN SELECT RAISE(ABORT, 'journal: sequence must follow the last record without a gap'); END;
CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal
BEGIN SELECT RAISE(ABORT, 'journal is append-only: records cannot be changed'); END;
CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal
BEGIN SELECT RAISE(ABORT, 'journal is append-only: records cannot be deleted'); END;

CREATE TABLE access_log (
    id           INTEGER PRIMARY KEY,
    at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    user_login   TEXT NOT NULL,
    action       TEXT NOT NULL,
    household_id INTEGER,
    detail       TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX access_log_by_household ON access_log (household_id, at);
CREATE INDEX access_log_by_date ON access_log (at);
CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
BEGIN SELECT RAISE(ABORT, 'access_log is append-only: entries cannot be changed'); END;
CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log
BEGIN SELECT RAISE(ABORT, 'access_log is append-only: entries cannot be deleted'); END;
)sql";

// Inventory sessions and their counts. Adjustments themselves are stock movements
// ('adjustment', reason "inventaire n° N"); the counts keep what was seen and what was expected.
constexpr std::string_view v3_inventory = R"sql(
CREATE TABLE inventory_sessions (
    id          INTEGER PRIMARY KEY,
    scope       TEXT NOT NULL DEFAULT '',
    category_id INTEGER REFERENCES categories (id),
    started_by  TEXT NOT NULL,
    started_at  TEXT NOT NULL,
    closed_at   TEXT
) STRICT;

CREATE TABLE inventory_counts (
    id         INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES inventory_sessions (id),
    product_id INTEGER NOT NULL REFERENCES products (id),
    counted    INTEGER NOT NULL CHECK (counted >= 0),
    expected   INTEGER,
    counted_at TEXT NOT NULL,
    UNIQUE (session_id, product_id)
) STRICT;
CREATE INDEX inventory_counts_by_product ON inventory_counts (product_id);
)sql";

// Stock reads that stay flat as years of lots pile up, and sums of sale lines from one index
// (cabas-bench, docs/performance.md).
// What a lot has left is still the sum of its movements; two things make that cheap:
// - the quantity is in an index by lot, so a sum reads the index alone; likewise the sums of
//   sale lines that the credit check and the reports make per sale (value, paid, counted);
// - lots.empty marks a lot whose movements sum to zero or less. Triggers recompute it from the
//   movements whenever one is written, changed or removed, so it can never disagree with them;
//   the till's FEFO read then skips the hundreds of emptied lots of a product's past through
//   a partial index instead of summing each of them at every scan.
constexpr std::string_view v5_stock_sums = R"sql(
CREATE INDEX stock_movements_by_lot_quantity ON stock_movements (lot_id, quantity);
CREATE INDEX sale_lines_sums ON sale_lines (sale_id, counts_against_credit, value_cents, paid_cents);
ALTER TABLE lots ADD COLUMN empty INTEGER NOT NULL DEFAULT 0 CHECK (empty IN (0, 1));
UPDATE lots SET empty = ((SELECT COALESCE(SUM(m.quantity), 0) FROM stock_movements m WHERE m.lot_id = lots.id) <= 0);
CREATE INDEX lots_open_by_product ON lots (product_id, expiry_on) WHERE empty = 0;
CREATE TRIGGER lots_empty_after_insert AFTER INSERT ON stock_movements BEGIN
  UPDATE lots SET empty = ((SELECT COALESCE(SUM(quantity), 0) FROM stock_movements WHERE lot_id = NEW.lot_id) <= 0)
  WHERE id = NEW.lot_id;
END;
CREATE TRIGGER lots_empty_after_update AFTER UPDATE ON stock_movements BEGIN
  UPDATE lots SET empty = ((SELECT COALESCE(SUM(quantity), 0) FROM stock_movements WHERE lot_id = lots.id) <= 0)
  WHERE id IN (OLD.lot_id, NEW.lot_id);
END;
CREATE TRIGGER lots_empty_after_delete AFTER DELETE ON stock_movements BEGIN
  UPDATE lots SET empty = ((SELECT COALESCE(SUM(quantity), 0) FROM stock_movements WHERE lot_id = OLD.lot_id) <= 0)
  WHERE id = OLD.lot_id;
END;
)sql";

// Retention (docs/design/domain.md §6): the day a file was anonymised, so it is done once and can
// be counted; the anonymised fields themselves are simply emptied or generalised.
constexpr std::string_view v6_retention = R"sql(
ALTER TABLE households ADD COLUMN anonymised_on TEXT;
)sql";

// What the till's receipts need after a restart (docs/design/domain.md §5): the cash handed over,
// so that a duplicate still shows the change given, and each duplicate printed, numbered and kept.
constexpr std::string_view v7_receipts = R"sql(
ALTER TABLE sales ADD COLUMN cash_given_cents INTEGER CHECK (cash_given_cents >= 0);
CREATE TABLE receipt_reprints (
    id         INTEGER PRIMARY KEY,
    sale_id    INTEGER NOT NULL REFERENCES sales (id),
    printed_at TEXT NOT NULL,
    printed_by TEXT NOT NULL
) STRICT;
CREATE INDEX receipt_reprints_by_sale ON receipt_reprints (sale_id);
)sql";

// One naming style for settings keys (`area.name`, English): the older keys are renamed, values
// kept. A key already present under its new name wins over the old one.
constexpr std::string_view v8_setting_keys = R"sql(
DELETE FROM settings WHERE key IN ('shop_name', 'shop_address', 'report_threshold', 'report_internal',
                                   'stock.alerte_peremption_jours', 'ui.verrouillage_minutes')
  AND (CASE key WHEN 'shop_name' THEN 'shop.name' WHEN 'shop_address' THEN 'shop.address'
                WHEN 'report_threshold' THEN 'report.threshold' WHEN 'report_internal' THEN 'report.internal'
                WHEN 'stock.alerte_peremption_jours' THEN 'stock.expiry_alert_days'
                ELSE 'ui.lock_minutes' END) IN (SELECT key FROM settings);
UPDATE settings SET key = CASE key WHEN 'shop_name' THEN 'shop.name' WHEN 'shop_address' THEN 'shop.address'
                                   WHEN 'report_threshold' THEN 'report.threshold'
                                   WHEN 'report_internal' THEN 'report.internal'
                                   WHEN 'stock.alerte_peremption_jours' THEN 'stock.expiry_alert_days'
                                   ELSE 'ui.lock_minutes' END
WHERE key IN ('shop_name', 'shop_address', 'report_threshold', 'report_internal', 'stock.alerte_peremption_jours',
              'ui.verrouillage_minutes');
)sql";

using namespace sqlite_sql;

std::vector<Migration> build() {
    // Migration 1 is split only for readability; the parts run in order in one transaction.
    static const std::string v1 = std::string(v1_households) + std::string(v1_access) + std::string(v1_stock) +
                                  std::string(v1_till) + std::string(v1_journal);
    // Numbers 2 and 4 were kept for work that ended up needing no schema change.
    return {Migration{1, "schéma initial", v1}, Migration{3, "inventaires", v3_inventory},
            Migration{5, "lots vides et sommes de stock indexées", v5_stock_sums},
            Migration{6, "anonymisation des dossiers", v6_retention},
            Migration{7, "espèces remises et duplicatas des tickets", v7_receipts},
            Migration{8, "noms des paramètres dans un seul style", v8_setting_keys},
            Migration{10, "clôtures signées", v10_signatures},
            Migration{11, "verrouillage après des codes erronés", v11_login_failures},
            Migration{12, "orientation des foyers", v12_referral},
            Migration{13, "archive des ventes de plus de six ans", v13_archives},
            Migration{14, "familles de la banque alimentaire", v14_category_families},
            Migration{15, "journal après une archive complète", v15_journal_after_archive}};
}

} // namespace

const std::vector<Migration>& migrations() {
    static const std::vector<Migration> all = build();
    return all;
}

int latest_schema_version() { return migrations().back().version; }

} // namespace cabas::storage
