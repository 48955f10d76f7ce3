// Copies storage's report query rows into the report models' own rows, so that reports/ never
// names a storage type and storage may change its rows without touching a layout.
#pragma once

#include "reports/report_common_model.hpp"
#include "storage/report_queries.hpp"

#include <vector>

namespace cabas::services {

std::vector<reports::GoodsTotal> to_report_rows(const std::vector<storage::GoodsTotal>&);
std::vector<reports::LotFlow> to_report_rows(const std::vector<storage::LotFlow>&);
reports::ClosureTotal to_report_row(const storage::ClosureTotal&);

} // namespace cabas::services
