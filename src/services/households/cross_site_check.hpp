// The cross-épicerie duplicate check of a CCAS (docs/design/multi_site.md): each adult of a
// household filed or renewed here is turned into a keyed hash (HMAC-SHA256, the CCAS key) of
// their normalised names and birth date, recorded in the CCAS register with the end of the
// household's rights, and compared with the other sites' hashes. Nothing but the other
// household's end of rights comes back; no name ever leaves the site.
#pragma once

#include "core/household.hpp"
#include "storage/ccas_register.hpp"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace cabas::services::households {

/// The CCAS's secret key (32 bytes), held by the installation in a 0600 file, never in a
/// database or a report: every poste that files households for a site of the CCAS has a copy.
class CcasKey {
public:
    /// nullopt when the file does not exist. ValidationError (file:line) when it is not a Cabas
    /// CCAS key, or when other accounts may read it (it must stay 0600).
    static std::optional<CcasKey> load(const std::string& path);
    /// Draws a new key into `path` (0600, folders 0700). ValidationError when the file exists:
    /// a key in use is never replaced (every fingerprint of the CCAS depends on it).
    static CcasKey create(const std::string& path);
    /// The key given as its 32 raw bytes (tests).
    static CcasKey from_bytes(std::string bytes);

    /// Hex HMAC-SHA256 of core::identity_text(last name, first name, birth date).
    std::string fingerprint(const core::Member&) const;

private:
    std::string m_key;
};

/// Where this account's installation keeps the CCAS key: ccas.cle in the Cabas data folder
/// (beside the default database and the journal keys of server databases).
std::string default_ccas_key_path();

/// What the social worker is told after filing, changing, deciding or renewing a household.
struct CrossSiteResult {
    bool available = false;
    std::string unavailable_reason;     ///< French, when the check could not be made
    /// One line per adult followed at another site: "Zoé DUPONT : déjà suivi par une autre
    /// épicerie du CCAS (droits jusqu'au 31/05/2027)".
    std::vector<std::string> warnings;
    int adults_compared = 0;

    /// The lines to show: the unavailable reason once, or the warnings (nothing when clear).
    std::string text() const;
};

/// The check for one site: its register connection, key and code. Opened lazily, so that
/// commands that never file a household never connect to the register.
class CrossSiteLink {
public:
    /// For the database at `location` (a SQLite path: never available) with the key at
    /// `key_path`.
    CrossSiteLink(std::string location, std::string key_path);
    /// A link over an open register (tests): the site is the register's connection schema.
    CrossSiteLink(std::unique_ptr<storage::CcasRegister>, CcasKey);
    ~CrossSiteLink();

    /// Records the household's adults (members aged 18 or more on `today`) with
    /// `rights_until` and returns, for each of them followed elsewhere, the other household's
    /// end of rights. Fills `unavailable_reason` and returns nullopt when the check cannot be made.
    std::optional<std::map<const core::Member*, storage::FollowedElsewhere>>
    compare(std::int64_t household_id, const std::vector<const core::Member*>& adults,
            std::optional<core::Date> rights_until, core::Date today);
    const std::string& unavailable_reason() const { return m_unavailable; }

private:
    bool ready();

    std::string m_location;
    std::string m_key_path;
    std::unique_ptr<storage::CcasRegister> m_register;
    std::optional<CcasKey> m_key;
    std::string m_site_code;
    bool m_tried = false;
    std::string m_unavailable;
};

/// The link the entry point (the till, cabas-cli) attached when it opened its database
/// (open_database.cpp): one database per process, as the programs are. Null before.
void attach_cross_site(std::unique_ptr<CrossSiteLink>);
CrossSiteLink* attached_cross_site();

/// The warning shown for one adult followed elsewhere.
std::string followed_elsewhere_text(const core::Member&, const storage::FollowedElsewhere&);

} // namespace cabas::services::households
