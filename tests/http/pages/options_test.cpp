// The select options the forms share (pages/options.cpp): unit types, units
// in the user's scope (indented, closed ones and excluded subtrees left
// out), roles, report periods of the last three years by Vietnamese time,
// status labels and deadline texts, in both languages.
#include "http/pages/options.h"

#include <set>

#include "http/pages/page_ctx.h"

namespace bd::test {
namespace {

using nlohmann::json;
namespace pages = http::pages;

const std::string kIndent = "\u00a0\u00a0";

std::vector<std::string> values_of(const json& options) {
  std::vector<std::string> out;
  for (const auto& o : options) out.push_back(o["value"]);
  return out;
}

// The values whose `flag` ("selected", "checked") is true.
std::vector<std::string> flagged(const json& options, const char* flag) {
  std::vector<std::string> out;
  for (const auto& o : options)
    if (o[flag].get<bool>()) out.push_back(o["value"]);
  return out;
}

const json* option(const json& options, const std::string& value) {
  for (const auto& o : options)
    if (o["value"] == value) return &o;
  return nullptr;
}

TEST(PageOptions, ErrorsMapToTheirHttpStatus) {
  EXPECT_EQ(http::http_status_of(Error::BadRequest("x")), 400);
  EXPECT_EQ(http::http_status_of(Error::Forbidden("x")), 403);
  EXPECT_EQ(http::http_status_of(Error::NotFound("x")), 404);
  EXPECT_EQ(http::http_status_of(Error::Conflict("x")), 409);
  EXPECT_EQ(http::http_status_of(Error::Validation("x", "f")), 422);
}

TEST(PageOptions, UnitTypesInBothLanguages) {
  PageCtx p(false);
  EXPECT_EQ(pages::type_label(p.ctx(), OrgType::kSchoolPrimary), "Trường tiểu học");
  EXPECT_EQ(pages::type_label(p.ctx("en"), OrgType::kSchoolPrimary), "Primary school");
  const json vi = pages::type_options(p.ctx(), "commune");
  ASSERT_EQ(vi.size(), all_org_types().size());
  for (size_t i = 0; i < vi.size(); ++i) {
    EXPECT_EQ(vi[i]["value"], std::string(org_type_code(all_org_types()[i])));
    EXPECT_EQ(vi[i]["label"], std::string(org_type_label_vi(all_org_types()[i])));
  }
  EXPECT_EQ(flagged(vi, "selected"), std::vector<std::string>{"commune"});
  EXPECT_TRUE(flagged(pages::type_options(p.ctx(), ""), "selected").empty());
  EXPECT_EQ((*option(pages::type_options(p.ctx("en"), ""), "school_primary"))["label"], "Primary school");
}

TEST(PageOptions, UnitsAreTheOpenOnesInScopeIndentedByDepth) {
  PageCtx p;
  p.login("so.quanly");
  const json all = pages::unit_options(p.ctx(), "THCS-TANMY", false);
  const auto codes = values_of(all);
  ASSERT_FALSE(codes.empty());
  EXPECT_EQ(codes.front(), "SGD-AL") << "the manager's own unit first";
  EXPECT_EQ((*option(all, "SGD-AL"))["label"], "Sở Giáo dục và Đào tạo tỉnh An Lạc");
  EXPECT_EQ((*option(all, "THCS-TANMY"))["label"], kIndent + "Trường THCS Tân Mỹ");
  EXPECT_EQ(flagged(all, "selected"), std::vector<std::string>{"THCS-TANMY"});
  const std::set<std::string> set(codes.begin(), codes.end());
  EXPECT_EQ(set.size(), codes.size()) << "each unit once";
  EXPECT_FALSE(set.count("BGDDT")) << "above the manager's unit";
  EXPECT_FALSE(set.count("PGD-NGOCKHE")) << "closed";

  // "— none —" first when allowed, selected when nothing is.
  const json with_none = pages::unit_options(p.ctx(), "", true);
  ASSERT_EQ(with_none.size(), all.size() + 1);
  EXPECT_EQ(with_none[0], (json{{"value", ""}, {"label", "— Không —"}, {"selected", true}}));
  EXPECT_TRUE(flagged(with_none, "selected") == std::vector<std::string>{""});
  EXPECT_EQ(pages::unit_options(p.ctx("en"), "SGD-AL", true)[0]["label"], "— None —");
  EXPECT_EQ(pages::unit_options(p.ctx("en"), "SGD-AL", true)[0]["selected"], false);

  // A school's editor sees only its school.
  p.login("thcs.tanmy");
  EXPECT_EQ(values_of(pages::unit_options(p.ctx(), "", false)), std::vector<std::string>{"THCS-TANMY"});
}

TEST(PageOptions, ASubtreeCanBeLeftOut) {
  PageCtx p;
  p.login("admin");
  const json all = pages::unit_options(p.ctx(), "", false);
  EXPECT_EQ(values_of(all).front(), "BGDDT");
  EXPECT_EQ((*option(all, "SGD-AL"))["label"], kIndent + "Sở Giáo dục và Đào tạo tỉnh An Lạc");
  EXPECT_EQ((*option(all, "THCS-TANMY"))["label"], kIndent + kIndent + "Trường THCS Tân Mỹ");
  // Leaving out SGD-AL's path leaves out it and everything below it.
  auto dept = p.t.app->orgs().get(p.auth->actor, "SGD-AL");
  ASSERT_TRUE(dept.ok());
  const json moved = pages::unit_options(p.ctx(), "", false, dept->info.unit.path);
  EXPECT_EQ(values_of(moved), std::vector<std::string>{"BGDDT"});
}

TEST(PageOptions, UnitsBelowAPathAreIndentedFromIt) {
  PageCtx p;
  p.login("admin");
  auto root = p.t.app->orgs().get(p.auth->actor, "BGDDT");
  ASSERT_TRUE(root.ok());
  const json below = pages::units_below(p.ctx(), root->info.unit.path, "TH-TANMY");
  const auto codes = values_of(below);
  EXPECT_EQ(std::count(codes.begin(), codes.end(), "BGDDT"), 0) << "not the unit itself";
  EXPECT_EQ(codes.front(), "SGD-AL");
  EXPECT_EQ((*option(below, "SGD-AL"))["label"], "Sở Giáo dục và Đào tạo tỉnh An Lạc") << "children flush left";
  EXPECT_EQ((*option(below, "TH-TANMY"))["label"], kIndent + "Trường Tiểu học Tân Mỹ");
  EXPECT_EQ(flagged(below, "selected"), std::vector<std::string>{"TH-TANMY"});
  EXPECT_EQ(codes.size() + 1, values_of(pages::unit_options(p.ctx(), "", false)).size())
      << "everything open but the root";

  auto school = p.t.app->orgs().get(p.auth->actor, "THCS-TANMY");
  ASSERT_TRUE(school.ok());
  EXPECT_TRUE(pages::units_below(p.ctx(), school->info.unit.path, "").empty()) << "a school has none";
  // Only what is in the user's scope.
  p.login("thcs.tanmy");
  EXPECT_EQ(values_of(pages::units_below(p.ctx(), root->info.unit.path, "")), std::vector<std::string>{"THCS-TANMY"});
}

TEST(PageOptions, RolesAreCheckedFromTheSet) {
  PageCtx p(false);
  const RoleSet set{Role::kEditor, Role::kViewer};
  const json vi = pages::role_options(p.ctx(), set);
  ASSERT_EQ(vi.size(), all_roles().size());
  std::vector<std::string> checked;
  for (const auto& o : vi)
    if (o["checked"].get<bool>()) checked.push_back(o["value"]);
  EXPECT_EQ(std::set<std::string>(checked.begin(), checked.end()), (std::set<std::string>{"editor", "viewer"}));
  EXPECT_EQ((*option(vi, "admin"))["label"], std::string(role_label_vi(Role::kAdmin)));
  EXPECT_EQ((*option(pages::role_options(p.ctx("en"), set), "admin"))["label"], std::string(role_label_en(Role::kAdmin)));
  EXPECT_NE(role_label_vi(Role::kAdmin), role_label_en(Role::kAdmin));
  for (const auto& o : pages::role_options(p.ctx(), RoleSet{})) EXPECT_FALSE(o["checked"].get<bool>());
}

TEST(PageOptions, ReportPeriodsOfTheLastThreeYearsByVietnameseTime) {
  FakeClock clock;
  clock.t = 1767204000;  // 31/12/2025 18:00 UTC = 01/01/2026 01:00 in Việt Nam
  PageCtx p(false, &clock);
  const json vi = pages::report_period_options(p.ctx(), "2025S1");
  EXPECT_EQ(values_of(vi), (std::vector<std::string>{"2026S2", "2026S1", "2026", "2025S2", "2025S1", "2025",
                                                      "2024S2", "2024S1", "2024"}));
  EXPECT_EQ(flagged(vi, "selected"), std::vector<std::string>{"2025S1"});
  EXPECT_EQ((*option(vi, "2025S1"))["label"], "6 tháng đầu năm 2025");
  EXPECT_EQ((*option(vi, "2024S2"))["label"], "6 tháng cuối năm 2024");
  EXPECT_EQ((*option(vi, "2026"))["label"], "Năm 2026");
  const json en = pages::report_period_options(p.ctx("en"), "");
  EXPECT_EQ((*option(en, "2025S1"))["label"], "First half of 2025");
  EXPECT_TRUE(flagged(en, "selected").empty());

  clock.t -= 3601;  // 31/12/2025 23:59:59 in Việt Nam: still 2025
  EXPECT_EQ(values_of(pages::report_period_options(p.ctx(), "")).front(), "2025S2");
}

TEST(PageOptions, StatusLabelsAndDeadlineTexts) {
  PageCtx p(false);
  EXPECT_EQ(pages::report_status_label(p.ctx(), ReportStatus::kDraft), std::string(report_status_label_vi(ReportStatus::kDraft)));
  EXPECT_EQ(pages::report_status_label(p.ctx("en"), ReportStatus::kApproved),
            std::string(report_status_label_en(ReportStatus::kApproved)));
  using S = Timeliness::State;
  EXPECT_EQ(pages::timeliness_text(p.ctx(), {S::kPending, 5}), "Còn 5 ngày");
  EXPECT_EQ(pages::timeliness_text(p.ctx(), {S::kPending, 0}), "Còn 0 ngày");
  EXPECT_EQ(pages::timeliness_text(p.ctx(), {S::kMissing, 12}), "Quá hạn 12 ngày");
  EXPECT_EQ(pages::timeliness_text(p.ctx(), {S::kLate, 3}), "Nộp muộn 3 ngày");
  EXPECT_EQ(pages::timeliness_text(p.ctx(), {S::kOnTime, 0}), "Nộp đúng hạn");
  EXPECT_EQ(pages::timeliness_text(p.ctx("en"), {S::kMissing, 12}), "Overdue by 12 days");
  EXPECT_EQ(pages::timeliness_text(p.ctx("en"), {S::kLate, 1}), "1 days late");
}

}  // namespace
}  // namespace bd::test
