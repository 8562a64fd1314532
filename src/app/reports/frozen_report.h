// What an approved report said, kept as it was (issue: history that holds).
//
// Approving a report stores its record: the unit's and the recipient's names,
// the narrative, the figures of every form, the targets table and the
// activities with the people they reached. The report shows that record ever
// after, whatever later corrections, moves or renamings do to the live data;
// a reopened report is live again, and each approval adds a version, the
// earlier ones staying readable.
//
// The record is JSON with a format number ("format": 1), read back by
// thaw_report. What it does not hold (status, dates, permissions, the due
// date) stays live: the report's own row keeps those.
#pragma once

#include <nlohmann/json.hpp>

#include "app/reports/reports.h"

namespace bd::app {

// The record of a report view, to be stored with its approval.
nlohmann::json freeze_report(const ReportView& v);
// Puts the record's content in place of the live one in `v` (unit and
// recipient names, narrative, figures, targets, activities). A record of an
// unknown format leaves `v` as it is and returns false.
bool thaw_report(const nlohmann::json& record, ReportView& v);

}  // namespace bd::app
