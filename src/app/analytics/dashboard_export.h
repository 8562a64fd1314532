// The drill-down table of a dashboard (one target across the units below) as
// a file to take away: an .xlsx workbook (numbers stored as numbers, with
// formats that read 42,9% and 1.234 in a Vietnamese Excel) and a CSV file
// for Excel set to Vietnamese: UTF-8 with a byte-order mark, fields
// separated by ';' (the list separator of the vi-VN locale, where ',' is the
// decimal mark), decimal commas, no digit grouping, CRLF line ends, fields
// quoted when they hold ';', '"' or a line break. docs/architecture.md says
// why. The columns are those of the table on screen.
#pragma once

#include <string>

#include "app/analytics/unit_dashboard.h"
#include "core/result.h"

namespace bd::app {

// The sheet "Chi tiết": a title, the unit and period, the goal, then one row
// per unit below (rank, code, name, value, status, gap, trajectory,
// projection) and a row for the unit itself.
Result<std::string> drill_xlsx(const TargetDrill& d);
std::string drill_csv(const TargetDrill& d);
// A file name without diacritics: "chi-tieu-T_STAFF_TRAINED-SGD-AL-2025".
std::string drill_file_stem(const TargetDrill& d);

}  // namespace bd::app
