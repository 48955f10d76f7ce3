// Storage of household files: identity, composition (members, resources, charges), situation,
// referrer and project, kept together so a file is always read and written whole.
#pragma once

#include "core/date.hpp"
#include "core/household_file.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cabas::storage {

/// A line of the household list: what a picker needs, nothing social.
struct HouseholdSummary {
    std::int64_t id = 0;
    std::string file_number;
    std::string display_name;                ///< pseudonym, else the applicant's first name
    std::optional<core::Date> last_contact_on;
};

/// A file whose last contact is older than the retention limit, not yet anonymised.
struct RetentionCandidate {
    std::int64_t id = 0;
    std::string file_number;
    core::Date last_contact;   ///< the latest of: recorded contact, visit, decision, end of rights
};

class HouseholdRepository {
public:
    virtual ~HouseholdRepository() = default;

    /// Stores a new file (members, resources, charges, referrer, project) in one transaction and
    /// returns its id. The referrer is found by (organisation, social worker) or created. An empty
    /// sales_code gets a random one (16 hex digits). ValidationError when the file number or the
    /// sales code is already used, or the file number is empty.
    virtual std::int64_t add(const core::HouseholdFile& file) = 0;

    virtual std::optional<core::HouseholdFile> get(std::int64_t id) = 0;
    virtual std::optional<core::HouseholdFile> find_by_file_number(const std::string& file_number) = 0;
    virtual std::optional<core::HouseholdFile> find_by_sales_code(const std::string& sales_code) = 0;

    /// Every household, by file number.
    virtual std::vector<HouseholdSummary> list() = 0;

    /// Replaces the stored file `file.id` (composition lines are rewritten). The sales code never
    /// changes: sales already refer to it. ValidationError for an unknown id or a file number
    /// taken by another household.
    virtual void update(const core::HouseholdFile& file) = 0;

    /// Records a contact (visit, renewal, interview): the retention clock restarts from it.
    virtual void touch_contact(std::int64_t id, core::Date on) = 0;

    virtual std::int64_t count() = 0;

    /// Files not yet anonymised whose last contact (recorded contact or file creation, last
    /// visit, last decision, end or exit of the last access period) is before `before`.
    virtual std::vector<RetentionCandidate> retention_candidates(core::Date before) = 0;
    /// Anonymises one file on `on`, whole or not at all: names, address, pseudonym, notes, the
    /// referral's reason, the free text of lines, decisions, periods and suspensions are emptied;
    /// birth dates keep the year only (1 July); the file number becomes "ANONYME-<id>"; an
    /// active card is revoked.
    /// Composition, amounts, dates of rights and visits stay, so aggregates are kept.
    virtual void anonymise(std::int64_t id, core::Date on) = 0;
};

} // namespace cabas::storage
