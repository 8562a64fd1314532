// Recurring observances of the gender-equality calendar: the days and the
// Action Month every unit marks each year (DOMAIN.md, "Activities and
// recurring dates"). Pure data; no I/O.
#pragma once

#include <string>
#include <vector>

#include "core/dates.h"

namespace bd {

struct Observance {
  std::string code;            // stable identity, e.g. "vn_women_day"
  std::string name_vi, name_en;
  int month = 1, day = 1;          // first day
  int end_month = 1, end_day = 1;  // last day, inclusive (the first for a single day)
  bool is_period() const { return month != end_month || day != end_day; }
};

// Every observance, in calendar order.
const std::vector<Observance>& observances();

// An observance placed on a year's calendar.
struct ObservanceDate {
  const Observance* observance = nullptr;
  Date start, end;  // inclusive
};

// The observances of the years that overlap [from, to] (inclusive), by start
// date. An observance lasting several days is kept when any of its days lies
// in the range. REQUIRES: from <= to.
std::vector<ObservanceDate> observances_between(const Date& from, const Date& to);

}  // namespace bd
