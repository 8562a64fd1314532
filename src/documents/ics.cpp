#include "documents/ics.h"

#include <cstdio>

namespace bd::documents {
namespace {

constexpr size_t kMaxLineOctets = 75;  // RFC 5545 §3.1, CRLF not counted

bool is_continuation_byte(unsigned char c) { return (c & 0xC0) == 0x80; }

void add(std::string& out, std::string_view name, std::string_view value) {
  std::string line(name);
  line += ':';
  line += value;
  out += ics_fold(line);
}

void add_event(std::string& out, const IcsEvent& e, const std::string& stamp) {
  out += "BEGIN:VEVENT\r\n";
  add(out, "UID", ics_escape(e.uid));
  add(out, "DTSTAMP", stamp);
  add(out, "DTSTART;VALUE=DATE", ics_date(e.start));
  add(out, "DTEND;VALUE=DATE", ics_date(add_days(e.end, 1)));
  add(out, "SUMMARY", ics_escape(e.summary));
  if (!e.description.empty()) add(out, "DESCRIPTION", ics_escape(e.description));
  if (!e.categories.empty()) {
    std::string list;
    for (const auto& c : e.categories) list += (list.empty() ? "" : ",") + ics_escape(c);
    add(out, "CATEGORIES", list);
  }
  add(out, "TRANSP", "TRANSPARENT");  // all-day markers do not block time
  out += "END:VEVENT\r\n";
}

}  // namespace

std::string ics_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case '\\': out += "\\\\"; break;
      case ';': out += "\\;"; break;
      case ',': out += "\\,"; break;
      case '\n': out += "\\n"; break;
      case '\r':
        if (i + 1 >= text.size() || text[i + 1] != '\n') out += "\\n";  // a lone CR is a break too
        break;
      default:
        if (static_cast<unsigned char>(c) >= 0x20 || c == '\t') out += c;  // other controls are not TEXT
    }
  }
  return out;
}

std::string ics_fold(std::string_view line) {
  std::string out;
  size_t room = kMaxLineOctets;
  size_t pos = 0;
  while (line.size() - pos > room) {
    size_t cut = pos + room;
    while (cut > pos && is_continuation_byte(static_cast<unsigned char>(line[cut]))) --cut;
    if (cut == pos) cut = pos + room;  // not UTF-8 at all: cut anyway rather than loop
    out.append(line.substr(pos, cut - pos));
    out += "\r\n ";
    pos = cut;
    room = kMaxLineOctets - 1;  // the leading space counts
  }
  out.append(line.substr(pos));
  out += "\r\n";
  return out;
}

std::string ics_date(const Date& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d%02d%02d", d.year, d.month, d.day);
  return buf;
}

std::string ics_utc_time(int64_t unix_seconds) {
  constexpr int64_t kDay = 86400;
  const Date d = date_from_unix(unix_seconds);
  const int64_t secs = ((unix_seconds % kDay) + kDay) % kDay;
  char buf[24];
  std::snprintf(buf, sizeof buf, "%sT%02d%02d%02dZ", ics_date(d).c_str(), static_cast<int>(secs / 3600),
                static_cast<int>(secs / 60 % 60), static_cast<int>(secs % 60));
  return buf;
}

std::string write_ics(const IcsCalendar& calendar) {
  std::string out = "BEGIN:VCALENDAR\r\n";
  add(out, "PRODID", calendar.prodid);
  add(out, "VERSION", "2.0");
  add(out, "CALSCALE", "GREGORIAN");
  add(out, "METHOD", "PUBLISH");
  if (!calendar.name.empty()) add(out, "X-WR-CALNAME", ics_escape(calendar.name));
  const std::string stamp = ics_utc_time(calendar.stamp);
  for (const auto& e : calendar.events) add_event(out, e, stamp);
  out += "END:VCALENDAR\r\n";
  return out;
}

}  // namespace bd::documents
