// Periodic reports.
// One of the repository interfaces that a transaction (storage/tx.h) offers;
// implemented for both engines in storage/soci_tx_reports.cpp.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/report.h"

namespace bd::storage {

class ReportRepo {
 public:
  virtual ~ReportRepo() = default;

  // Periodic reports: at most one per unit and period. insert/update write
  // every field.
  virtual std::optional<ReportRecord> report_of(int64_t org_id, std::string_view period) = 0;
  virtual std::vector<ReportRecord> reports_of(int64_t org_id) = 0;  // every period, newest code first
  // Where the report of every unit whose path lies within `path` stands, for
  // one period (one query, for completeness over a subtree; the narratives
  // are not read). In no particular order.
  virtual std::vector<ReportState> report_states_within(std::string_view path, std::string_view period) = 0;
  // The reports of the direct children of `parent_id` for one period, in
  // path order (one query on the parent index: cheap however big the subtree).
  virtual std::vector<ReportRecord> reports_of_children(int64_t parent_id, std::string_view period) = 0;
  virtual void insert_report(ReportRecord& r) = 0;  // sets r.id
  // A bulk load: many reports with a few multi-row statements (ids not read
  // back). REQUIRES: none of their (unit, period) pairs has a report yet.
  virtual void insert_reports(const std::vector<ReportRecord>& reports) = 0;
  virtual void update_report(const ReportRecord& r) = 0;
  // Approved versions: add one numbered after the report's last (sets
  // v.version); list them oldest first, with or without their records.
  virtual void add_report_version(ReportVersion& v) = 0;
  virtual std::vector<ReportVersion> report_versions(int64_t report_id, bool with_records) = 0;
};

}  // namespace bd::storage
