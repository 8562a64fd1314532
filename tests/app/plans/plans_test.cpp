// Plans: draft, issue (numbered per unit and year), versions, content rules,
// plans implementing a parent's plan, coverage and the official document.
#include <set>

#include "app/fixture.h"

namespace bd::test {
namespace {

using nlohmann::json;

json full(int year = 2027) {
  return {{"year", year},
          {"subject", "Thực hiện công tác bình đẳng giới năm " + std::to_string(year)},
          {"place", "Tân Mỹ"},
          {"general_objective", "Nâng cao nhận thức về bình đẳng giới."},
          {"objectives", {{{"title", "Tăng tỉ lệ nữ cán bộ quản lý"},
                           {"targets", {{{"text", "Ít nhất 40% cán bộ quản lý là nữ"}, {"value", 40}}}}}}},
          {"tasks", {{{"title", "Tuyên truyền"}, {"actions", {"Sinh hoạt chuyên đề"}}},
                     {{"title", "Giáo dục giới ở lớp 1"}, {"applies_to", {"school_primary"}}}}},
          {"duties", {{{"unit", "Tổ chuyên môn"}, {"text", "Triển khai kế hoạch."}}}},
          {"recipients", {"Ủy ban nhân dân xã Tân Mỹ", "Lưu: VT"}},
          {"signer", {{"authority", "KT."}, {"title", "Hiệu trưởng"}, {"deputy_title", "Phó Hiệu trưởng"},
                      {"name", "Lâm Thị Hồng Nhung"}}},
          {"schedule", {{{"month", 3}, {"work", "Tọa đàm 8/3"}, {"responsible", "Công đoàn"}},
                        {{"month", 10}, {"work", "Tọa đàm 20/10"}, {"responsible", "Đoàn trường"}}}}};
}

class PlansTest : public ::testing::Test {
 protected:
  void SetUp() override { t_ = make_app("sqlite", true, &clock_); }
  app::Plans& plans() { return t_.app->plans(); }
  app::Actor as(const std::string& u) { return actor_of(*t_.app, u, kAdminPassword); }
  app::PlanView issued(const std::string& user, const std::string& org, const std::string& date,
                       const json& c = full()) {
    auto p = plans().create(as(user), org, c);
    EXPECT_TRUE(p.ok()) << p.error().message;
    auto r = plans().issue(as(user == "thcs.tanmy" ? "thcs.tanmy.ht" : user), p->record.id, date);
    EXPECT_TRUE(r.ok()) << r.error().message;
    return *r;
  }
  size_t audits(int64_t id) {
    size_t n = 0;
    EXPECT_TRUE(t_.store->read([&](storage::Tx& tx) {
      n = tx.audit_for("plan", std::to_string(id)).size();
      return Status::Ok();
    }));
    return n;
  }
  FakeClock clock_;
  TestApp t_;
};

TEST_F(PlansTest, DraftIssueAndYearlyNumbers) {
  const size_t demo_plans = plans().list(as("thcs.tanmy"), "THCS-TANMY")->size();
  auto d = plans().create(as("thcs.tanmy"), "THCS-TANMY", full());
  ASSERT_TRUE(d.ok()) << d.error().message;
  EXPECT_EQ(d->record.status, PlanStatus::kDraft);
  EXPECT_EQ(d->record.number, 0);
  EXPECT_EQ(d->number_line, "Số:      /KH-THCSTM");
  const int64_t id = d->record.id;
  EXPECT_EQ(plans().issue(as("thcs.tanmy"), id, "05/01/2027").error().code, ErrorCode::kForbidden);
  auto i = plans().issue(as("thcs.tanmy.ht"), id, "05/01/2027");
  ASSERT_TRUE(i.ok()) << i.error().message;
  EXPECT_EQ(i->record.status, PlanStatus::kIssued);
  EXPECT_EQ(i->record.number, 1);
  EXPECT_EQ(i->record.issued_on, "2027-01-05");
  EXPECT_EQ(i->number_line, "Số: 01/KH-THCSTM");
  EXPECT_EQ(plans().issue(as("thcs.tanmy.ht"), id, "06/01/2027").error().code, ErrorCode::kConflict);
  EXPECT_EQ(plans().update(as("thcs.tanmy"), id, full()).error().code, ErrorCode::kConflict);
  EXPECT_EQ(plans().get(as("thcs.tanmy"), id)->record.number, 1);  // unchanged
  auto second = issued("thcs.tanmy", "THCS-TANMY", "10/02/2027");
  EXPECT_EQ(second.record.number, 2);
  EXPECT_EQ(second.number_line, "Số: 02/KH-THCSTM");
  auto next_year = issued("thcs.tanmy", "THCS-TANMY", "05/01/2028", full(2028));
  EXPECT_EQ(next_year.record.number, 1);
  EXPECT_EQ(next_year.record.year, 2028);
  EXPECT_EQ(plans().list(as("thcs.tanmy"), "THCS-TANMY")->size(), demo_plans + 3);
  EXPECT_GE(audits(id), 2u);  // create, issue
}

TEST_F(PlansTest, IssueListsWhatIsMissing) {
  json c = full();
  c.erase("signer"), c.erase("objectives"), c.erase("place");
  auto d = plans().create(as("thcs.tanmy"), "THCS-TANMY", c);
  ASSERT_TRUE(d.ok()) << d.error().message;
  auto r = plans().issue(as("thcs.tanmy.ht"), d->record.id, "05/01/2027");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kValidation);
  std::set<std::string> fields;
  for (const auto& [f, msg] : r.error().details) fields.insert(f);
  EXPECT_EQ(fields, (std::set<std::string>{"place", "signer", "objectives"}));
  EXPECT_EQ(plans().get(as("thcs.tanmy"), d->record.id)->record.status, PlanStatus::kDraft);
  EXPECT_EQ(plans().issue(as("thcs.tanmy.ht"), d->record.id, "31/02/2027").error().field, "date");
}

TEST_F(PlansTest, NewVersionSupersedesOnIssue) {
  auto v1 = issued("thcs.tanmy", "THCS-TANMY", "05/01/2027");
  EXPECT_EQ(plans().new_version(as("thcs.tanmy"), 9999).error().code, ErrorCode::kNotFound);
  auto v2 = plans().new_version(as("thcs.tanmy"), v1.record.id);
  ASSERT_TRUE(v2.ok()) << v2.error().message;
  EXPECT_EQ(v2->record.version, 2);
  EXPECT_EQ(v2->record.status, PlanStatus::kDraft);
  EXPECT_EQ(v2->record.supersedes_id, v1.record.id);
  auto as_drafted = v1.content;
  EXPECT_TRUE(as_drafted.contains(app::kIssuedAs)) << "the header as issued is kept with it";
  as_drafted.erase(app::kIssuedAs);
  EXPECT_EQ(v2->content, as_drafted) << "the same content, to be issued anew";
  EXPECT_EQ(plans().new_version(as("thcs.tanmy"), v2->record.id).error().code, ErrorCode::kConflict);
  EXPECT_EQ(plans().get(as("thcs.tanmy"), v1.record.id)->record.status, PlanStatus::kIssued);
  auto i2 = plans().issue(as("thcs.tanmy.ht"), v2->record.id, "01/03/2027");
  ASSERT_TRUE(i2.ok()) << i2.error().message;
  EXPECT_EQ(i2->record.number, 2);
  EXPECT_EQ(plans().get(as("thcs.tanmy"), v1.record.id)->record.status, PlanStatus::kSuperseded);
  EXPECT_GE(audits(v2->record.id), 2u);
}

TEST_F(PlansTest, ContentIsNormalisedAndChecked) {
  json c = full();
  c["subject"] = "  Ta\u0302n My\u0303 ";  // decomposed
  auto n = app::normalize_plan_content(c);
  ASSERT_TRUE(n.ok()) << n.error().message;
  EXPECT_EQ((*n)["subject"], "T\u00e2n M\u1ef9");
  auto err = [](json j) { return app::normalize_plan_content(j).error(); };
  c = full(), c["objectives"][0]["targets"][0]["colour"] = "red";
  EXPECT_EQ(err(c).code, ErrorCode::kBadRequest);
  EXPECT_EQ(err(c).field, "objectives[0].targets[0].colour");
  c = full(), c["year"] = "2027";
  EXPECT_EQ(err(c).code, ErrorCode::kBadRequest);
  EXPECT_EQ(err(c).field, "year");
  c = full(), c["tasks"] = "Tuyên truyền";
  EXPECT_EQ(err(c).code, ErrorCode::kBadRequest);
  c = full(1999);
  EXPECT_EQ(err(c).code, ErrorCode::kValidation);
  c = full(), c.erase("year");
  EXPECT_EQ(err(c).code, ErrorCode::kValidation);
  c = full(), c["general_objective"] = std::string(5001, 'a');
  EXPECT_EQ(err(c).code, ErrorCode::kValidation);
  EXPECT_EQ(err(c).field, "general_objective");
  c = full(), c["general_objective"] = "";
  for (int i = 0; i < 5000; ++i) c["general_objective"] = c["general_objective"].get<std::string>() + "ữ";
  EXPECT_TRUE(app::normalize_plan_content(c).ok());  // 5000 code points, 15000 bytes
  c = full(), c["tasks"][0]["applies_to"] = {"castle"};
  EXPECT_EQ(err(c).field, "tasks[0].applies_to");
  // Over the app: a bad create stores nothing.
  const size_t before = plans().list(as("thcs.tanmy"), "THCS-TANMY")->size();
  EXPECT_FALSE(plans().create(as("thcs.tanmy"), "THCS-TANMY", full(1999)).ok());
  EXPECT_EQ(plans().list(as("thcs.tanmy"), "THCS-TANMY")->size(), before);
}

TEST_F(PlansTest, ImplementAndCoverage) {
  json dept = full();
  dept["place"] = "An Lạc";
  auto draft = plans().create(as("so.quanly"), "SGD-AL", dept);
  ASSERT_TRUE(draft.ok()) << draft.error().message;
  EXPECT_EQ(plans().implement(as("thcs.tanmy"), draft->record.id, "THCS-TANMY").error().code,
            ErrorCode::kConflict);
  auto parent = plans().issue(as("so.quanly"), draft->record.id, "05/01/2027");
  ASSERT_TRUE(parent.ok()) << parent.error().message;
  EXPECT_EQ(parent->number_line, "Số: 01/KH-SGDĐT");
  auto before = plans().coverage(as("so.quanly"), parent->record.id);
  ASSERT_TRUE(before.ok()) << before.error().message;
  ASSERT_FALSE(before->rows.empty());
  EXPECT_EQ(before->issued, 0);
  EXPECT_EQ(before->percent, 0);
  EXPECT_EQ(before->none, static_cast<int>(before->rows.size()));
  for (const auto& row : before->rows) EXPECT_NE(row.org_code, "PGD-NGOCKHE");  // closed

  auto child = plans().implement(as("thcs.tanmy"), parent->record.id, "THCS-TANMY");
  ASSERT_TRUE(child.ok()) << child.error().message;
  EXPECT_EQ(child->record.parent_plan_id, parent->record.id);
  EXPECT_EQ(child->record.status, PlanStatus::kDraft);
  ASSERT_EQ(child->content["basis"].size(), 1u);
  EXPECT_EQ(child->content["basis"][0],
            "Thực hiện Kế hoạch số 01/KH-SGDĐT ngày 05/01/2027 của Sở Giáo dục và Đào tạo tỉnh An Lạc;");
  EXPECT_EQ(child->content["objectives"], dept["objectives"]);
  ASSERT_EQ(child->content["tasks"].size(), 1u);
  EXPECT_EQ(child->content["tasks"][0]["title"], "Tuyên truyền");
  EXPECT_GE(audits(child->record.id), 1u);
  auto mid = plans().coverage(as("so.quanly"), parent->record.id);
  EXPECT_EQ(mid->drafts, 1);
  EXPECT_EQ(mid->issued, 0);

  // Completing the child's plan and issuing it moves the department's coverage.
  json cc = child->content;
  cc["place"] = "Tân Mỹ";
  cc["signer"] = full()["signer"];
  ASSERT_TRUE(plans().update(as("thcs.tanmy"), child->record.id, cc).ok());
  ASSERT_TRUE(plans().issue(as("thcs.tanmy.ht"), child->record.id, "20/01/2027").ok());
  auto after = plans().coverage(as("so.quanly"), parent->record.id);
  EXPECT_EQ(after->issued, 1);
  EXPECT_EQ(after->drafts, 0);
  EXPECT_EQ(after->issued + after->drafts + after->none, static_cast<int>(after->rows.size()));
  EXPECT_DOUBLE_EQ(after->percent, 100.0 / static_cast<double>(after->rows.size()));
  bool found = false;
  for (const auto& row : after->rows) {
    if (row.org_code != "THCS-TANMY") continue;
    found = true;
    EXPECT_EQ(row.state, "issued");
    EXPECT_EQ(row.plan_id, child->record.id);
  }
  EXPECT_TRUE(found);

  // Upwards or sideways is refused.
  auto school = issued("thcs.tanmy", "THCS-TANMY", "05/02/2027");
  EXPECT_EQ(plans().implement(as("so.quanly"), school.record.id, "SGD-AL").error().code, ErrorCode::kValidation);
  EXPECT_EQ(plans().implement(as("so.quanly"), school.record.id, "THPT-ANLAC").error().code, ErrorCode::kValidation);
  EXPECT_EQ(plans().implement(as("so.quanly"), parent->record.id, "SGD-AL").error().code, ErrorCode::kValidation);
}

TEST_F(PlansTest, UnitsBelowReadIssuedPlansAndFindWhatToImplement) {
  json dept = full();
  dept["place"] = "An Lạc";
  auto draft = plans().create(as("so.quanly"), "SGD-AL", dept);
  ASSERT_TRUE(draft.ok()) << draft.error().message;
  // A draft stays with its unit.
  EXPECT_EQ(plans().get(as("thcs.tanmy"), draft->record.id).error().code, ErrorCode::kForbidden);
  EXPECT_EQ(plans().document(as("thcs.tanmy"), draft->record.id).error().code, ErrorCode::kForbidden);
  auto before = plans().to_implement(as("thcs.tanmy"), "THCS-TANMY");
  ASSERT_TRUE(before.ok()) << before.error().message;
  for (const auto& p : *before) EXPECT_NE(p.record.id, draft->record.id) << "a draft is nothing to implement yet";

  ASSERT_TRUE(plans().issue(as("so.quanly"), draft->record.id, "05/01/2027").ok());
  EXPECT_TRUE(plans().get(as("thcs.tanmy"), draft->record.id).ok());
  EXPECT_TRUE(plans().document(as("thcs.tanmy"), draft->record.id).ok());
  auto upper = plans().to_implement(as("thcs.tanmy"), "THCS-TANMY");
  ASSERT_TRUE(upper.ok());
  ASSERT_EQ(upper->size(), before->size() + 1);
  EXPECT_EQ((*upper)[0].record.id, draft->record.id) << "newest first";
  EXPECT_EQ((*upper)[0].org_code, "SGD-AL");
  // Only ancestors: a school's plan is nothing for the department to implement.
  issued("thcs.tanmy", "THCS-TANMY", "06/01/2027");
  auto dept_upper = plans().to_implement(as("so.quanly"), "SGD-AL");
  ASSERT_TRUE(dept_upper.ok());
  EXPECT_TRUE(dept_upper->empty());
  // The coverage of the department's plan stays the department's.
  EXPECT_EQ(plans().coverage(as("thcs.tanmy"), draft->record.id).error().code, ErrorCode::kForbidden);
  EXPECT_EQ(plans().to_implement(as("thcs.tanmy"), "SGD-AL").error().code, ErrorCode::kForbidden);
}

TEST_F(PlansTest, OfficialDocument) {
  auto p = issued("thcs.tanmy", "THCS-TANMY", "05/01/2027");
  auto d = plans().document(as("thcs.tanmy"), p.record.id);
  ASSERT_TRUE(d.ok()) << d.error().message;
  EXPECT_EQ(d->governing_body, "ỦY BAN NHÂN DÂN XÃ TÂN MỸ");
  EXPECT_EQ(d->issuing_body, "TRƯỜNG THCS TÂN MỸ");
  EXPECT_EQ(d->number_line, "Số: 01/KH-THCSTM");
  EXPECT_EQ(d->place_date, "Tân Mỹ, ngày 05 tháng 01 năm 2027");
  EXPECT_EQ(d->type_title, "KẾ HOẠCH");
  EXPECT_EQ(d->subject, "Thực hiện công tác bình đẳng giới năm 2027");
  EXPECT_EQ(d->signer_authority, "KT. HIỆU TRƯỞNG");
  EXPECT_EQ(d->signer_title, "PHÓ HIỆU TRƯỞNG");
  EXPECT_EQ(d->signer_name, "Lâm Thị Hồng Nhung");
  ASSERT_EQ(d->recipients.size(), 2u);
  EXPECT_EQ(d->recipients[0], "- Ủy ban nhân dân xã Tân Mỹ;");
  EXPECT_EQ(d->recipients[1], "- Lưu: VT.");
  const documents::Block* table = nullptr;
  for (const auto& b : d->annex)  // the schedule is the annex
    if (b.kind == documents::Block::Kind::kTable) table = &b;
  ASSERT_NE(table, nullptr);
  ASSERT_EQ(table->rows.size(), 3u);  // header + 2 months
  EXPECT_EQ(table->rows[1][0], "Tháng 3");
  EXPECT_EQ(table->rows[2][1], "Tọa đàm 20/10");
  // A school without a governor gets its parent's name.
  auto thpt = plans().create(as("so.quanly"), "THPT-ANLAC", full());
  ASSERT_TRUE(thpt.ok());
  EXPECT_EQ(plans().document(as("so.quanly"), thpt->record.id)->governing_body, "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH AN LẠC");
  EXPECT_EQ(plans().document(as("so.quanly"), thpt->record.id)->place_date, "Tân Mỹ, ngày      tháng      năm 2027");
}

}  // namespace
}  // namespace bd::test
