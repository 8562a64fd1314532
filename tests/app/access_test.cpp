#include "app/access.h"

#include <gtest/gtest.h>

#include "app/access_fixture.h"
#include "app/fixture.h"

namespace bd::app {
namespace {

using testing::actor;
using testing::unit_at;

TEST(Access, ScopeIsTheActorsSubtree) {
  auto v = actor({Role::kViewer}, "/1/5/");
  EXPECT_TRUE(in_scope(v, unit_at("/1/5/")));
  EXPECT_TRUE(in_scope(v, unit_at("/1/5/9/")));
  EXPECT_FALSE(in_scope(v, unit_at("/1/")));
  EXPECT_FALSE(in_scope(v, unit_at("/1/55/"))) << "a sibling whose id starts alike";
  EXPECT_TRUE(in_scope(Actor::System(), unit_at("/77/")));
  EXPECT_EQ(out_of_scope().code, ErrorCode::kForbidden);
}

TEST(Access, ViewWithinTheSubtreeOnly) {
  auto v = actor({Role::kViewer}, "/1/5/");
  EXPECT_TRUE(can_view(v, unit_at("/1/5/")));
  EXPECT_TRUE(can_view(v, unit_at("/1/5/9/")));
  EXPECT_FALSE(can_view(v, unit_at("/1/")));
  EXPECT_FALSE(can_view(v, unit_at("/1/55/")));
  EXPECT_FALSE(can_view(actor({}, "/1/"), unit_at("/1/")));
}

TEST(Access, EditorsEnterTheirOwnUnitsFiguresManagersTheSubtrees) {
  const OrgUnit school = unit_at("/1/5/9/", 9, 5);
  EXPECT_TRUE(can_enter_data(actor({Role::kEditor}, "/1/5/9/", 9), school));
  EXPECT_FALSE(can_enter_data(actor({Role::kEditor}, "/1/5/", 5), school)) << "an editor above";
  EXPECT_TRUE(can_enter_data(actor({Role::kManager}, "/1/5/", 5), school));
  EXPECT_FALSE(can_enter_data(actor({Role::kManager}, "/2/", 2), school)) << "outside the subtree";
  EXPECT_FALSE(can_enter_data(actor({Role::kViewer, Role::kApprover}, "/1/5/9/", 9), school));
}

TEST(Access, TheHeadIssuesForTheUnit) {
  const OrgUnit school = unit_at("/1/5/9/", 9, 5);
  EXPECT_TRUE(can_issue_for(actor({Role::kApprover}, "/1/5/9/", 9), school));
  EXPECT_FALSE(can_issue_for(actor({Role::kApprover}, "/1/5/", 5), school)) << "an approver above";
  EXPECT_FALSE(can_issue_for(actor({Role::kEditor}, "/1/5/9/", 9), school));
  EXPECT_TRUE(can_issue_for(actor({Role::kManager}, "/1/", 1), school));
}

TEST(Access, FindUnitNamesTheMissingCode) {
  auto t = test::make_app("sqlite");
  Status st = t.store->read([&](storage::Tx& tx) -> Status {
    auto root = find_unit(tx, "BGDDT");
    EXPECT_TRUE(root.ok());
    if (root) EXPECT_EQ(root->code, "BGDDT");
    auto missing = find_unit(tx, "NO-SUCH", "org");
    EXPECT_FALSE(missing.ok());
    if (!missing) {
      EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);
      EXPECT_EQ(missing.error().message, "Không tìm thấy đơn vị NO-SUCH.");
      EXPECT_EQ(missing.error().field, "org");
    }
    return Status::Ok();
  });
  EXPECT_TRUE(st.ok());
}

}  // namespace
}  // namespace bd::app
