// A unit's report deadlines, from one place: the deadline rules of the forms
// (data sets) due from it. The report pages, the calendar and the reporting
// paragraph of a plan all quote these dates.
#pragma once

#include <optional>
#include <utility>
#include <vector>

#include "core/catalog.h"
#include "core/dates.h"
#include "core/period.h"

namespace bd {

// The forms of the period's type that a unit of `type` owes for it.
std::vector<const DataSet*> due_data_sets(const std::vector<DataSet>& sets, OrgType type, const Period& period);

// The due date of a unit's report for a period: the earliest deadline of the
// forms of that period type due from a unit of `type` (nullopt: none due).
std::optional<Date> report_due(const std::vector<DataSet>& sets, OrgType type, const Period& p);

// The reports a unit of `type` owes for `year`, with their due dates, in date
// order: its half-years, quarters and the year itself, where forms are due.
std::vector<std::pair<Period, Date>> report_deadlines(const std::vector<DataSet>& sets, OrgType type, int year);

}  // namespace bd
