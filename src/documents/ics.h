// iCalendar (RFC 5545) for calendars of all-day events: a VCALENDAR with
// PRODID, VERSION 2.0 and X-WR-CALNAME, one VEVENT per event. Lines end in
// CRLF and are folded at 75 octets without splitting a UTF-8 sequence; TEXT
// values escape backslash, ';', ',' and line breaks. Pure functions,
// thread-safe; the caller supplies stable UIDs.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/dates.h"

namespace bd::documents {

struct IcsEvent {
  std::string uid;                      // stable across exports, e.g. "obs-vn_women_day-2026-SGD@binhdang"
  Date start, end;                      // all-day, both inclusive (written as an exclusive DTEND)
  std::string summary;
  std::string description;              // optional
  std::vector<std::string> categories;  // optional
};

struct IcsCalendar {
  std::string prodid = "-//Bình Đẳng//Lịch hoạt động//VI";
  std::string name;        // X-WR-CALNAME
  int64_t stamp = 0;       // DTSTAMP of every event, Unix seconds (UTC)
  std::vector<IcsEvent> events;
};

std::string write_ics(const IcsCalendar& calendar);

// A TEXT value escaped: backslash, ';' and ',' get a backslash before them, a
// line break becomes "\n"; other control characters but tab are dropped.
std::string ics_escape(std::string_view text);
// One content line folded to lines of at most 75 octets, each ending in CRLF;
// continuation lines start with a space. Never splits a UTF-8 sequence.
std::string ics_fold(std::string_view line);
// "20260308" and "20260105T070000Z".
std::string ics_date(const Date& d);
std::string ics_utc_time(int64_t unix_seconds);

}  // namespace bd::documents
