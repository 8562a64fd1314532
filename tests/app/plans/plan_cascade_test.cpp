// Plans down the tree (plan_cascade.cpp): what a child's draft takes from the
// ancestor's issued plan (and what it leaves), which tasks apply to which
// kinds of unit, the refusals, the ancestor's coverage of its open children,
// and the issued plans a unit can implement, nearest first.
#include "app/plans/plan_fixture.h"
#include "app/plans/plan_schedule.h"

namespace bd::test {
namespace {

using nlohmann::json;

// A department plan with every field; tasks for everyone, for schools, for
// preschools only and for communes only.
json department_plan() {
  json c = issuable_plan();
  c["period_from"] = 2026;
  c["period_to"] = 2030;
  c["general_objective"] = "Thu hẹp khoảng cách giới trong ngành giáo dục.";
  c["reporting"] = "Báo cáo 6 tháng trước ngày 15/6.";
  c["governing_body"] = "Ủy ban nhân dân tỉnh Hòa Bình";
  c["basis"] = {"Luật Bình đẳng giới năm 2006"};
  c["duties"] = {{{"unit", "Phòng Tổ chức cán bộ"}, {"text", "Theo dõi, tổng hợp."}}};
  c["closing"] = "Yêu cầu các đơn vị nghiêm túc thực hiện.";
  c["recipients"] = {"Bộ Giáo dục và Đào tạo", "Lưu: VT"};
  c["tasks"] = {{{"title", "Tuyên truyền chung"}},
                {{"title", "Giáo dục giới trong nhà trường"}, {"applies_to", {"school"}}},
                {{"title", "Trò chơi không định kiến giới"}, {"applies_to", {"school_preschool"}}},
                {{"title", "Phối hợp với thôn, tổ dân phố"}, {"applies_to", {"commune"}}}};
  c["schedule"] = {{{"month", 3}, {"work", "Tọa đàm 8/3"}}, {{"month", 11}, {"work", "Tháng hành động"}}};
  return c;
}

std::vector<std::string> task_titles(const json& content) {
  std::vector<std::string> out;
  for (const auto& t : content.value("tasks", json::array())) out.push_back(t["title"]);
  return out;
}

class PlanCascade : public PlanTree {};

TEST_F(PlanCascade, TheDraftTakesTheFrameButNotTheParentsOwnParts) {
  const auto parent = issued("SO-HB", "05/01/2027", department_plan());
  ASSERT_EQ(parent.record.status, PlanStatus::kIssued);
  clock_.t += 3600;
  auto child = plans().implement(as("tha.bt"), parent.record.id, "TH-AP");
  ASSERT_TRUE(child.ok()) << child.error().message;
  const json& c = child->content;
  EXPECT_EQ(child->org_code, "TH-AP");
  EXPECT_EQ(child->record.status, PlanStatus::kDraft);
  EXPECT_EQ(child->record.number, 0);
  EXPECT_EQ(child->record.year, 2027);
  EXPECT_EQ(child->record.parent_plan_id, parent.record.id);
  EXPECT_EQ(child->record.updated_by, "tha.bt");
  EXPECT_EQ(child->record.updated_at, clock_.t);
  EXPECT_EQ(child->number_line, "Số:      /KH-THAP");
  // Taken: the years, the general objective, the subject, the objectives and
  // the schedule.
  EXPECT_EQ(c["year"], 2027);
  EXPECT_EQ(c["period_from"], 2026);
  EXPECT_EQ(c["period_to"], 2030);
  EXPECT_EQ(c["general_objective"], "Thu hẹp khoảng cách giới trong ngành giáo dục.");
  // Its reporting paragraph quotes its own reports' deadlines as the system
  // holds them (the parent's says 15/6, which no report page would show).
  EXPECT_EQ(c["reporting"],
            "Báo cáo 6 tháng đầu năm 2027 gửi về Sở Giáo dục và Đào tạo tỉnh Hòa Bình chậm nhất ngày 10/06/2027; "
            "báo cáo 6 tháng cuối năm 2027 chậm nhất ngày 10/11/2027; báo cáo năm 2027 chậm nhất ngày 20/12/2027 "
            "(trên hệ thống Bình Đẳng).");
  EXPECT_EQ(c["subject"], "Thực hiện công tác bình đẳng giới năm 2027");
  EXPECT_EQ(c["objectives"], parent.content["objectives"]);
  // The schedule completed for the school (see plan_schedule_test.cpp): in month order, every observance.
  EXPECT_EQ(c["schedule"], app::implementing_schedule(parent.content["schedule"], OrgType::kSchoolPrimary));
  EXPECT_EQ(c["schedule"][0]["work"], "Tọa đàm 8/3");
  // Its own: the basis is the parent plan, the recipients report upwards.
  EXPECT_EQ(c["basis"], json::array({"Thực hiện Kế hoạch số 01/KH-SGDĐT ngày 05/01/2027 của Sở Giáo dục và Đào "
                                     "tạo tỉnh Hòa Bình;"}));
  EXPECT_EQ(c["recipients"],
            json::array({"Sở Giáo dục và Đào tạo tỉnh Hòa Bình (để báo cáo);", "Lưu: VT."}));
  // Left for the school to write: where, who signs, its duties and closing.
  for (const char* own : {"place", "signer", "duties", "closing", "governing_body"})
    EXPECT_FALSE(c.contains(own)) << own;
  // The parent is unchanged.
  EXPECT_EQ(plans().get(system(), parent.record.id)->content, parent.content);
  // Audited as an implementation of the parent.
  const auto log = audit_of(child->record.id);
  ASSERT_EQ(log.size(), 1u);
  EXPECT_EQ(log[0].action, "implement");
  EXPECT_EQ(log[0].actor, "tha.bt");
  EXPECT_TRUE(log[0].before_json.empty());
  EXPECT_EQ(json::parse(log[0].after_json), (json{{"parent_plan", parent.record.id}, {"org", "TH-AP"}}));
}

TEST_F(PlanCascade, TasksAreKeptByTheKindOfUnit) {
  const auto parent = issued("SO-HB", "05/01/2027", department_plan());
  auto primary = plans().implement(system(), parent.record.id, "TH-AP");
  auto preschool = plans().implement(system(), parent.record.id, "MN-AD");
  auto commune = plans().implement(system(), parent.record.id, "XA-HB");
  ASSERT_TRUE(primary.ok() && preschool.ok() && commune.ok());
  EXPECT_EQ(task_titles(primary->content),
            (std::vector<std::string>{"Tuyên truyền chung", "Giáo dục giới trong nhà trường"}));
  EXPECT_EQ(task_titles(preschool->content),
            (std::vector<std::string>{"Tuyên truyền chung", "Giáo dục giới trong nhà trường",
                                      "Trò chơi không định kiến giới"}));
  EXPECT_EQ(task_titles(commune->content),
            (std::vector<std::string>{"Tuyên truyền chung", "Phối hợp với thôn, tổ dân phố"}));
  // A kept task is copied whole, its applies_to included.
  EXPECT_EQ(preschool->content["tasks"][2], parent.content["tasks"][2]);
}

TEST_F(PlanCascade, AnyAncestorsPlanCanBeImplementedTwoLevelsDown) {
  const auto ministry = issued("BGDDT", "02/01/2027");
  auto r = plans().implement(system(), ministry.record.id, "MN-EB");
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->content["basis"][0],
            "Thực hiện Kế hoạch số 01/KH-BGDĐT ngày 02/01/2027 của Bộ Giáo dục và Đào tạo;");
  EXPECT_EQ(r->record.parent_plan_id, ministry.record.id);
  // A child's plan has no schedule or tasks when the parent had none.
  EXPECT_EQ(r->content["tasks"], json::array());
  EXPECT_EQ(r->content["schedule"], json::array());
}

TEST_F(PlanCascade, TheBasisQuotesTheParentPlanAsItWasIssued) {
  const auto parent = issued("SO-HB", "05/01/2027", department_plan());
  app::OrgPatch patch;
  patch.name = "Sở Giáo dục và Đào tạo tỉnh Hòa Bình Mới";
  patch.short_name = "SGDĐTM";
  ASSERT_TRUE(t_.app->orgs().update(system(), "SO-HB", patch).ok());
  auto r = plans().implement(system(), parent.record.id, "THCS-BM");
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->content["basis"][0],
            "Thực hiện Kế hoạch số 01/KH-SGDĐT ngày 05/01/2027 của Sở Giáo dục và Đào tạo tỉnh Hòa Bình;");
}

TEST_F(PlanCascade, RefusalsStoreNothing) {
  const auto parent = issued("SO-HB", "05/01/2027", department_plan());
  const auto sibling = issued("THCS-BM", "06/01/2027");
  auto draft = plans().create(system(), "SO-HB", issuable());
  ASSERT_TRUE(draft.ok());
  const size_t before = plan_count("TH-AP");

  auto missing = plans().implement(system(), 987654, "TH-AP");
  EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);
  auto unknown = plans().implement(system(), parent.record.id, "KHONG-CO");
  EXPECT_EQ(unknown.error().code, ErrorCode::kValidation);
  EXPECT_EQ(unknown.error().field, "org");
  auto sideways = plans().implement(system(), sibling.record.id, "TH-AP");
  EXPECT_EQ(sideways.error().code, ErrorCode::kValidation);
  EXPECT_EQ(sideways.error().field, "plan");
  auto own = plans().implement(system(), parent.record.id, "SO-HB");
  EXPECT_EQ(own.error().code, ErrorCode::kValidation);
  auto not_issued = plans().implement(system(), draft->record.id, "TH-AP");
  EXPECT_EQ(not_issued.error().code, ErrorCode::kConflict);
  EXPECT_EQ(not_issued.error().field, "plan");
  // Another school's editor cannot draft for this one; the school's approver
  // does not write plans.
  EXPECT_EQ(plans().implement(as("thcsbm.bt"), parent.record.id, "TH-AP").error().code, ErrorCode::kForbidden);
  EXPECT_EQ(plans().implement(as("tha.ht"), parent.record.id, "TH-AP").error().code, ErrorCode::kForbidden);

  EXPECT_EQ(plan_count("TH-AP"), before);
  EXPECT_EQ(plan_count("SO-HB"), 2u);
}

TEST_F(PlanCascade, CoverageCountsTheOpenChildrenInAlphabeticalOrder) {
  const auto parent = issued("SO-HB", "05/01/2027", department_plan());
  auto empty = plans().coverage(system(), parent.record.id);
  ASSERT_TRUE(empty.ok()) << empty.error().message;
  std::vector<std::string> codes;
  for (const auto& row : empty->rows) codes.push_back(row.org_code);
  // Vietnamese order of the names; the closed TH-DD and the grandchild MN-EB are not rows.
  EXPECT_EQ(codes, (std::vector<std::string>{"MN-AD", "THCS-BM", "TH-AP", "XA-HB"}));
  EXPECT_EQ(empty->rows[0].org_name, "Trường Mầm non Ánh Dương");
  EXPECT_EQ(empty->none, 4);
  EXPECT_EQ(empty->issued + empty->drafts, 0);
  EXPECT_EQ(empty->percent, 0);
  for (const auto& row : empty->rows) {
    EXPECT_EQ(row.state, "none");
    EXPECT_FALSE(row.plan_id.has_value());
  }

  // TH-AP: issued, then a new version drafted; still "issued", with the issued plan.
  auto ap = plans().implement(system(), parent.record.id, "TH-AP");
  ASSERT_TRUE(ap.ok());
  json ap_content = ap->content;
  ap_content["place"] = "An Phú";
  ap_content["signer"] = {{"title", "Hiệu trưởng"}, {"name", "Lê Thị Thu"}};
  ASSERT_TRUE(plans().update(system(), ap->record.id, ap_content).ok());
  ASSERT_TRUE(plans().issue(system(), ap->record.id, "20/01/2027").ok());
  auto ap2 = plans().new_version(system(), ap->record.id);
  ASSERT_TRUE(ap2.ok()) << ap2.error().message;
  // THCS-BM: a draft only. MN-EB (below XA-HB) implements too, but is no row.
  auto bm = plans().implement(system(), parent.record.id, "THCS-BM");
  ASSERT_TRUE(bm.ok());
  ASSERT_TRUE(plans().implement(system(), parent.record.id, "MN-EB").ok());

  auto mid = plans().coverage(system(), parent.record.id);
  ASSERT_TRUE(mid.ok());
  ASSERT_EQ(mid->rows.size(), 4u);
  EXPECT_EQ(mid->issued, 1);
  EXPECT_EQ(mid->drafts, 1);
  EXPECT_EQ(mid->none, 2);
  EXPECT_DOUBLE_EQ(mid->percent, 25.0);
  for (const auto& row : mid->rows) {
    if (row.org_code == "TH-AP") {
      EXPECT_EQ(row.state, "issued");
      EXPECT_EQ(row.plan_id, ap->record.id) << "the issued plan, not the newer draft";
    } else if (row.org_code == "THCS-BM") {
      EXPECT_EQ(row.state, "draft");
      EXPECT_EQ(row.plan_id, bm->record.id);
    } else {
      EXPECT_EQ(row.state, "none") << row.org_code;
    }
  }

  // Issuing the new version supersedes the first: still issued, now the new one.
  ASSERT_TRUE(plans().issue(system(), ap2->record.id, "01/03/2027").ok());
  ASSERT_EQ(plans().get(system(), ap->record.id)->record.status, PlanStatus::kSuperseded);
  auto after = plans().coverage(system(), parent.record.id);
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(after->issued, 1);
  for (const auto& row : after->rows) {
    if (row.org_code == "TH-AP") {
      EXPECT_EQ(row.plan_id, ap2->record.id);
    }
  }
}

TEST_F(PlanCascade, CoverageOfALeafAndOfNothing) {
  const auto leaf = issued("TH-AP", "05/01/2027");
  auto c = plans().coverage(system(), leaf.record.id);
  ASSERT_TRUE(c.ok()) << c.error().message;
  EXPECT_TRUE(c->rows.empty());
  EXPECT_EQ(c->percent, 0) << "no division by zero";
  EXPECT_EQ(plans().coverage(system(), 987654).error().code, ErrorCode::kNotFound);
  // The department's coverage is not the school's to see.
  const auto dept = issued("SO-HB", "06/01/2027");
  EXPECT_EQ(plans().coverage(as("tha.bt"), dept.record.id).error().code, ErrorCode::kForbidden);
  EXPECT_TRUE(plans().coverage(as("so.ql"), dept.record.id).ok());
}

TEST_F(PlanCascade, WhatToImplementIsTheAncestorsIssuedPlansNearestFirst) {
  const auto ministry = issued("BGDDT", "02/01/2027");
  ASSERT_TRUE(plans().create(system(), "BGDDT", issuable(2028)).ok());  // a draft: nothing to implement
  const auto dept = issued("SO-HB", "05/01/2027");
  const auto commune = issued("XA-HB", "06/01/2027");
  issued("TH-AP", "07/01/2027");  // its own plan is not for it to implement

  auto for_ap = plans().to_implement(system(), "TH-AP");
  ASSERT_TRUE(for_ap.ok()) << for_ap.error().message;
  ASSERT_EQ(for_ap->size(), 2u) << "the governor XA-HB is not an ancestor";
  EXPECT_EQ((*for_ap)[0].record.id, dept.record.id);
  EXPECT_EQ((*for_ap)[0].org_code, "SO-HB");
  EXPECT_EQ((*for_ap)[1].record.id, ministry.record.id);
  EXPECT_EQ((*for_ap)[1].number_line, "Số: 01/KH-BGDĐT");

  auto for_eb = plans().to_implement(system(), "MN-EB");
  ASSERT_TRUE(for_eb.ok());
  ASSERT_EQ(for_eb->size(), 3u);
  EXPECT_EQ((*for_eb)[0].record.id, commune.record.id);
  EXPECT_EQ((*for_eb)[1].record.id, dept.record.id);
  EXPECT_EQ((*for_eb)[2].record.id, ministry.record.id);

  auto for_root = plans().to_implement(system(), "BGDDT");
  ASSERT_TRUE(for_root.ok());
  EXPECT_TRUE(for_root->empty());

  // No unit given: the actor's own.
  auto own = plans().to_implement(as("tha.bt"), "");
  ASSERT_TRUE(own.ok()) << own.error().message;
  ASSERT_EQ(own->size(), 2u);
  EXPECT_EQ((*own)[0].record.id, dept.record.id);
  auto unknown = plans().to_implement(system(), "KHONG-CO");
  EXPECT_EQ(unknown.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(unknown.error().field, "org");
}

}  // namespace
}  // namespace bd::test
