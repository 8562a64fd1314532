#include "app/fixture.h"

namespace bd::test {
namespace {

class Orgs : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    t_ = make_app(GetParam(), false, &clock_);
    admin_ = app::Actor::System();
    ASSERT_TRUE(orgs().create(admin_, unit("DEPT", "Sở Giáo dục và Đào tạo tỉnh An Lạc", "BGDDT", "department")));
    ASSERT_TRUE(orgs().create(admin_, unit("OFFICE", "Phòng GD&ĐT huyện Ngọc Khê", "DEPT", "office")));
    ASSERT_TRUE(orgs().create(admin_, unit("S1", "Trường Tiểu học Đào Duy Từ", "OFFICE")));
    ASSERT_TRUE(orgs().create(admin_, unit("S2", "Trường Tiểu học An Bình", "OFFICE")));
    add_user(*t_.app, "manager", "DEPT", "manager");
    add_user(*t_.app, "viewer", "OFFICE", "viewer");
    add_user(*t_.app, "officemgr", "OFFICE", "manager");
  }
  app::Orgs& orgs() { return t_.app->orgs(); }
  app::Actor as(const std::string& u) { return actor_of(*t_.app, u, "password-123"); }

  FakeClock clock_;
  TestApp t_;
  app::Actor admin_;
};

TEST_P(Orgs, CreateNormalisesAndAudits) {
  auto r = orgs().create(as("manager"), {"S3", "  Trường  THCS\tHoa\u0300 Sen ", " THCSHS ", "school_lower_secondary",
                                         "OFFICE", "", "05/09/2020"});
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->unit.name, "Trường THCS Hoà Sen");  // NFC, white space folded
  EXPECT_EQ(r->unit.short_name, "THCSHS");
  EXPECT_EQ(r->unit.opened, "2020-09-05");
  EXPECT_EQ(r->parent_code, "OFFICE");
  Status st = t_.store->read([](storage::Tx& tx) {
    auto log = tx.audit_for("orgunit", "S3");
    EXPECT_EQ(log.size(), 1u);
    EXPECT_EQ(log[0].actor, "manager");
    EXPECT_EQ(log[0].action, "create");
    EXPECT_NE(log[0].after_json.find("Hoà Sen"), std::string::npos);
    return Status::Ok();
  });
  EXPECT_TRUE(st.ok());
}

TEST_P(Orgs, BadInputIsRefusedWithTheField) {
  auto m = as("manager");
  auto dup = orgs().create(m, unit("S1", "Trùng mã", "OFFICE"));
  EXPECT_EQ(dup.error().code, ErrorCode::kConflict);
  EXPECT_EQ(dup.error().field, "code");
  EXPECT_EQ(orgs().create(m, unit("S 9", "Mã có dấu cách", "OFFICE")).error().field, "code");
  EXPECT_EQ(orgs().create(m, unit("S9", "", "OFFICE")).error().field, "name");
  EXPECT_EQ(orgs().create(m, unit("S9", "Tên", "OFFICE", "castle")).error().field, "type");
  EXPECT_EQ(orgs().create(m, unit("S9", "Tên", "NOWHERE")).error().field, "parent");
  EXPECT_EQ(orgs().create(m, unit("S9", std::string(300, 'x'), "OFFICE")).error().code, ErrorCode::kValidation);
  app::OrgInput bad_date = unit("S9", "Tên", "OFFICE");
  bad_date.opened = "31/02/2024";
  EXPECT_EQ(orgs().create(m, bad_date).error().field, "opened");
  EXPECT_FALSE(orgs().get(m, "S9").ok());
}

TEST_P(Orgs, ScopeAndRoleAreEnforced) {
  auto viewer = as("viewer"), officemgr = as("officemgr");
  EXPECT_EQ(orgs().create(viewer, unit("S9", "Tên", "OFFICE")).error().code, ErrorCode::kForbidden);
  EXPECT_EQ(orgs().create(officemgr, unit("S9", "Tên", "DEPT")).error().code, ErrorCode::kForbidden);
  EXPECT_TRUE(orgs().create(officemgr, unit("S9", "Tên", "OFFICE")).ok());
  EXPECT_EQ(orgs().get(viewer, "DEPT").error().code, ErrorCode::kForbidden);
  EXPECT_TRUE(orgs().get(viewer, "S1").ok());
  app::OrgPatch rename;
  rename.name = "Tên mới";
  EXPECT_EQ(orgs().update(officemgr, "OFFICE", rename).error().code, ErrorCode::kForbidden) << "own unit";
  EXPECT_EQ(orgs().update(viewer, "S1", rename).error().code, ErrorCode::kForbidden);
  // The detail carries the right, so the page decides nothing.
  EXPECT_TRUE(orgs().get(officemgr, "S1")->can_manage);
  EXPECT_FALSE(orgs().get(officemgr, "OFFICE")->can_manage) << "own unit";
  EXPECT_FALSE(orgs().get(viewer, "S1")->can_manage);
}

TEST_P(Orgs, ListIsATreeSortedInVietnameseAndSearchIgnoresAccents) {
  auto list = orgs().list(as("manager"), {});
  ASSERT_TRUE(list.ok());
  std::vector<std::string> codes;
  for (const auto& o : *list) codes.push_back(o.unit.code);
  EXPECT_EQ(codes, (std::vector<std::string>{"DEPT", "OFFICE", "S2", "S1"}));  // An Bình before Đào Duy Từ
  EXPECT_EQ((*list)[2].depth, 2);
  EXPECT_EQ((*list)[1].children, 2);
  auto hits = orgs().list(as("manager"), {"dao duy", false, ""});
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_EQ((*hits)[0].unit.code, "S1");
  EXPECT_EQ(orgs().list(as("manager"), {"ĐÀO DUY TỪ", false, ""})->size(), 1u);
  EXPECT_EQ(orgs().list(as("manager"), {"dao", false, ""})->size(), 2u) << "Đào tạo and Đào Duy Từ";
  EXPECT_EQ(orgs().list(as("viewer"), {})->size(), 3u) << "a viewer sees its subtree only";
}

TEST_P(Orgs, BranchIsOneLevelFromTheActorsUnitAndKeepsToTheScope) {
  auto own = orgs().branch(as("viewer"), "");
  ASSERT_TRUE(own.ok()) << own.error().message;
  EXPECT_EQ(own->info.unit.code, "OFFICE") << "no code: the actor's own unit";
  EXPECT_EQ(own->info.children, 2);
  ASSERT_EQ(own->children.size(), 2u);
  EXPECT_EQ(own->children[0].unit.code, "S2") << "children sorted by name (An Bình before Đào Duy Từ)";
  EXPECT_EQ(own->children[1].unit.code, "S1");
  EXPECT_TRUE(own->ancestors.empty()) << "the department is outside the viewer's scope";

  auto top = orgs().branch(admin_, "");
  ASSERT_TRUE(top.ok());
  EXPECT_EQ(top->info.unit.code, "BGDDT") << "the system actor starts at the root";
  ASSERT_EQ(top->children.size(), 1u);
  EXPECT_EQ(top->children[0].unit.code, "DEPT");
  EXPECT_EQ(top->children[0].children, 1) << "each child carries its own count of children";

  auto school = orgs().branch(as("manager"), "S1");
  ASSERT_TRUE(school.ok());
  ASSERT_EQ(school->ancestors.size(), 2u);
  EXPECT_EQ(school->ancestors[0].unit.code, "DEPT");
  EXPECT_EQ(school->ancestors[1].unit.code, "OFFICE");
  EXPECT_TRUE(school->children.empty());

  EXPECT_EQ(orgs().branch(as("viewer"), "DEPT").error().code, ErrorCode::kForbidden);
  EXPECT_EQ(orgs().branch(as("viewer"), "NOPE").error().code, ErrorCode::kNotFound);
}

TEST_P(Orgs, MoveCarriesTheSubtreeKeepsHistoryAndRefusesCycles) {
  ASSERT_TRUE(orgs().create(admin_, unit("S1-A", "Điểm trường lẻ", "S1", "other")));
  app::OrgPatch into_child;
  into_child.parent = "S1";
  EXPECT_EQ(orgs().update(admin_, "OFFICE", into_child).error().code, ErrorCode::kValidation);
  app::OrgPatch to_dept;
  to_dept.parent = "DEPT";
  auto moved = orgs().update(as("manager"), "S1", to_dept);
  ASSERT_TRUE(moved.ok()) << moved.error().message;
  EXPECT_EQ(moved->parent_code, "DEPT");
  auto child = orgs().get(admin_, "S1-A");
  ASSERT_EQ(child->ancestors.size(), 3u);
  EXPECT_EQ(child->ancestors[1].unit.code, "DEPT");
  auto detail = orgs().get(admin_, "S1");
  ASSERT_EQ(detail->history.size(), 2u);
  EXPECT_FALSE(detail->history[0].valid_to.empty());
  EXPECT_EQ(orgs().get(as("viewer"), "S1").error().code, ErrorCode::kForbidden) << "moved out of the office";
}

TEST_P(Orgs, CloseKeepsHistoryButNeedsNoOpenChildren) {
  auto m = as("manager");
  EXPECT_EQ(orgs().close(m, "OFFICE", "").error().code, ErrorCode::kConflict);
  for (const char* s : {"S1", "S2"}) {
    app::OrgPatch p;
    p.parent = "DEPT";
    ASSERT_TRUE(orgs().update(m, s, p).ok());
  }
  auto closed = orgs().close(m, "OFFICE", "01/07/2025");
  ASSERT_TRUE(closed.ok()) << closed.error().message;
  EXPECT_EQ(closed->unit.closed, "2025-07-01");
  EXPECT_EQ(orgs().close(m, "OFFICE", "").error().code, ErrorCode::kConflict);
  EXPECT_EQ(orgs().create(m, unit("S9", "Tên", "OFFICE")).error().code, ErrorCode::kConflict);
  EXPECT_EQ(orgs().list(m, {})->size(), 3u) << "closed units are hidden by default";
  EXPECT_EQ(orgs().list(m, {"", true, ""})->size(), 4u);
  EXPECT_TRUE(orgs().get(m, "OFFICE").ok()) << "a closed unit stays readable";
}

TEST_P(Orgs, GovernorIsRecorded) {
  ASSERT_TRUE(orgs().create(admin_, unit("UBND-X", "UBND xã Tân Mỹ", "DEPT", "commune")));
  app::OrgPatch p;
  p.governor = "UBND-X";
  auto r = orgs().update(as("manager"), "S1", p);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->governor_code, "UBND-X");
  p.governor = "";
  EXPECT_EQ(orgs().update(as("manager"), "S1", p)->governor_code, "");
}

INSTANTIATE_TEST_SUITE_P(Engines, Orgs, ::testing::ValuesIn(engines()), [](const auto& i) { return i.param; });

}  // namespace
}  // namespace bd::test
