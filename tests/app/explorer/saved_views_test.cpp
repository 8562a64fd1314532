// Saved views: each user's own, named once, pinned or not, audited.
#include "app/explorer/saved_views.h"

#include "app/fixture.h"

namespace bd::test {
namespace {

class SavedViews : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { t_ = new TestApp(make_app("sqlite", true)); }
  static void TearDownTestSuite() { delete t_; }
  static app::ExplorerQuery query() {
    return *app::ExplorerQuery::parse({{"items", "staff_managers"}, {"org", "SGD-AL"}, {"periods", "2025"}});
  }
  static TestApp* t_;
};
TestApp* SavedViews::t_ = nullptr;

TEST_F(SavedViews, AUserSavesPinsAndRemovesHerOwnViewsOnly) {
  auto ha = actor_of(*t_->app, "so.pheduyet", kAdminPassword);
  auto lan = actor_of(*t_->app, "so.xem", kAdminPassword);
  auto& views = t_->app->saved_views();
  auto b = views.save(ha, "  Nữ   quản lý ", query(), true);
  ASSERT_TRUE(b) << b.error().message;
  EXPECT_EQ(b->name, "Nữ quản lý") << "spaces tidied";
  EXPECT_EQ(b->query, query().to_query());
  auto a = views.save(ha, "Cán bộ theo giới tính", query(), false);
  ASSERT_TRUE(a);

  auto dup = views.save(ha, "Nữ quản lý", query(), false);
  ASSERT_FALSE(dup);
  EXPECT_EQ(dup.error().code, ErrorCode::kConflict);
  EXPECT_EQ(views.save(ha, " ", query(), false).error().field, "name");
  EXPECT_EQ(views.save(ha, std::string("Tên\x01"), query(), false).error().code, ErrorCode::kValidation);
  EXPECT_EQ(views.save(ha, std::string(121, 'a'), query(), false).error().field, "name");

  auto mine = views.list(ha);
  ASSERT_TRUE(mine);
  ASSERT_EQ(mine->size(), 2u);
  EXPECT_EQ((*mine)[0].name, "Cán bộ theo giới tính") << "in Vietnamese order";
  ASSERT_EQ(views.pinned(ha)->size(), 1u);
  EXPECT_TRUE(views.list(lan)->empty()) << "another user sees none of them";

  EXPECT_EQ(views.set_pinned(lan, a->id, true).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(views.remove(lan, a->id).error().code, ErrorCode::kNotFound);
  ASSERT_TRUE(views.set_pinned(ha, a->id, true));
  EXPECT_EQ(views.pinned(ha)->size(), 2u);
  ASSERT_TRUE(views.remove(ha, b->id));
  EXPECT_EQ(views.list(ha)->size(), 1u);

  std::vector<AuditEntry> trail;
  (void)t_->app->store().read([&](storage::Tx& tx) {
    trail = tx.audit_for("saved_view", std::to_string(b->id));
    return Status::Ok();
  });
  ASSERT_EQ(trail.size(), 2u) << "created, deleted";
  EXPECT_EQ(trail.back().action, "delete");
  EXPECT_EQ(views.list(app::Actor::System()).error().code, ErrorCode::kForbidden) << "no user, no views";
}

}  // namespace
}  // namespace bd::test
