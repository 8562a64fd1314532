#include <map>

#include "app/catalog/builtin_catalog.h"
#include "core/dates.h"
#include "demo/national.h"
#include "gtest/gtest.h"

namespace bd::test {
namespace {

TEST(NationalReports, EveryStateEveryLevelAndAFewMissing) {
  app::NationalShape shape;
  shape.departments = 3;
  shape.communes = 60;
  shape.schools = 2000;
  const auto units = app::national_tree(shape);
  std::vector<int64_t> ids;
  for (size_t i = 0; i < units.size(); ++i) ids.push_back(static_cast<int64_t>(i) + 10);
  const auto reports = app::national_reports(units, ids, app::builtin_data_sets(), 2026);
  std::map<std::string, std::map<ReportStatus, int>> states;
  std::map<std::string, int> late;
  std::map<int64_t, int> per_unit;
  const Date due_s1{2026, 6, 10};
  for (const auto& r : reports) {
    const auto& u = units[static_cast<size_t>(r.org_id - 10)];
    EXPECT_NE(u.type, OrgType::kCommune) << "communes report yearly only";
    ++states[r.period][r.status];
    ++per_unit[r.org_id];
    const bool sent = r.status == ReportStatus::kSubmitted || r.status == ReportStatus::kApproved ||
                      r.status == ReportStatus::kReturned;
    EXPECT_EQ(sent, r.submitted_at > 0) << u.code;
    EXPECT_EQ(sent, !r.submitted_by.empty());
    const bool decided = r.status == ReportStatus::kApproved || r.status == ReportStatus::kReturned ||
                         r.status == ReportStatus::kNotRequired;
    EXPECT_EQ(decided, r.decided_at > 0) << u.code;
    if (decided && sent) EXPECT_GT(r.decided_at, r.submitted_at);
    if (r.status == ReportStatus::kReturned) EXPECT_FALSE(r.comment.empty());
    if (r.status == ReportStatus::kNotRequired) EXPECT_EQ(u.type, OrgType::kSchoolContinuing);
    EXPECT_TRUE(nlohmann::json::accept(r.narrative));
    if (r.period == "2026S1" && sent && date_from_unix(r.submitted_at + 7 * 3600) > due_s1) ++late[r.period];
  }
  for (const char* p : {"2026S1", "2026S2"}) {
    for (ReportStatus s : {ReportStatus::kDraft, ReportStatus::kSubmitted, ReportStatus::kApproved,
                           ReportStatus::kReturned, ReportStatus::kNotRequired})
      EXPECT_GT(states[p][s], 0) << p << " " << report_status_code(s);
  }
  EXPECT_GT(states["2026S1"][ReportStatus::kApproved], states["2026S2"][ReportStatus::kApproved]);
  EXPECT_GT(late["2026S1"], 50);
  int expected = 0;
  for (const auto& u : units) expected += u.type != OrgType::kCommune ? 2 : 0;
  const int given = static_cast<int>(reports.size());
  EXPECT_LT(given, expected - 2 * 20) << "some units have not started";
  EXPECT_GT(given, expected * 9 / 10);
  for (const auto& [unit, n] : per_unit) EXPECT_LE(n, 2);
  int departments = 0;
  for (size_t i = 0; i < units.size(); ++i) departments += units[i].type == OrgType::kDepartment ? per_unit[ids[i]] : 0;
  EXPECT_GT(departments, 0) << "departments report to the ministry";
}

}  // namespace
}  // namespace bd::test
