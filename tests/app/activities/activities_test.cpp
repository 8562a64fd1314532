#include "app/activities/activities.h"

#include "app/fixture.h"

namespace bd::test {
namespace {

// Typed inputs, as the http layer builds them from a body or a form.
app::ActivityInput fields(std::initializer_list<std::pair<const char*, const char*>> texts,
                          std::vector<app::ParticipantInput> people = {}) {
  app::ActivityInput in;
  for (const auto& [k, v] : texts) {
    const std::string key = k;
    auto& field = key == "type" ? in.type : key == "status" ? in.status : key == "title" ? in.title : in.start;
    EXPECT_TRUE(key == "type" || key == "status" || key == "title" || key == "start") << key;
    field = v;
  }
  in.participants = std::move(people);
  return in;
}

std::vector<app::ParticipantInput> people(const char* audience, int female, int male) {
  return {{audience, "female", int64_t{female}}, {audience, "male", int64_t{male}}};
}

class ActivitiesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    t_ = make_app("sqlite", false, &clock_);
    auto& a = *t_.app;
    ASSERT_TRUE(a.orgs().create(app::Actor::System(), unit("SGD", "Sở Giáo dục", "BGDDT", "department")).ok());
    ASSERT_TRUE(a.orgs().create(app::Actor::System(), unit("TH-A", "Trường Tiểu học A", "SGD")).ok());
    ASSERT_TRUE(a.orgs().create(app::Actor::System(), unit("TH-B", "Trường Tiểu học B", "SGD")).ok());
    add_user(a, "th.a", "TH-A", "editor");
    add_user(a, "th.b", "TH-B", "editor");
    editor_ = actor_of(a, "th.a", "password-123");
    outsider_ = actor_of(a, "th.b", "password-123");
  }
  std::optional<double> value(const std::string& element, const std::string& option, const std::string& period) {
    auto v = t_.app->values().get(app::Actor::System(), "TH-A", period);
    for (const auto& x : *v)
      if (x.element == element && x.option == option) return x.number;
    return std::nullopt;
  }
  FakeClock clock_;
  TestApp t_;
  app::Actor editor_, outsider_;
};

app::ActivityInput training(int female, int male) {
  return fields({{"type", "training"}, {"status", "done"}, {"title", "Tập huấn bình đẳng giới"}, {"start", "10/03/2026"}},
                people("staff", female, male));
}

TEST_F(ActivitiesTest, CreateGetUpdateAndAudit) {
  auto r = t_.app->activities().create(editor_, "TH-A", training(20, 5));
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->record.start, "2026-03-10");
  EXPECT_EQ(r->record.audience, std::vector<Audience>{Audience::kStaff});
  auto u = t_.app->activities().update(editor_, r->record.id, fields({{"status", "cancelled"}}));
  ASSERT_TRUE(u.ok()) << u.error().message;
  EXPECT_EQ(u->record.status, ActivityStatus::kCancelled);
  EXPECT_EQ(u->record.title, "Tập huấn bình đẳng giới");
  t_.store->read([&](storage::Tx& tx) {
    EXPECT_EQ(tx.audit_for("activity", std::to_string(r->record.id)).size(), 2u);
    return Status::Ok();
  });
}

TEST_F(ActivitiesTest, RefusesBadFieldsAndOutsiders) {
  auto bad = t_.app->activities().create(editor_, "TH-A", fields({{"title", "X"}, {"start", "2026-03-10"}, {"type", "party"}}));
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().field, "type");
  auto nobody = training(1, 1);
  nobody.participants.push_back({"aliens", "female", int64_t{1}});
  EXPECT_EQ(t_.app->activities().create(editor_, "TH-A", nobody).error().field, "participants.aliens");
  auto typed = training(1, 1);
  typed.participants = {{"staff", "female", std::string("1.500")}, {"staff", "male", std::string("x")}};
  EXPECT_EQ(t_.app->activities().create(editor_, "TH-A", typed).error().field, "participants.staff.male")
      << "text typed in a form is read like data entry; \"1.500\" is fine, \"x\" is not";
  auto neg = t_.app->activities().create(editor_, "TH-A", training(-1, 0));
  ASSERT_FALSE(neg.ok());
  EXPECT_EQ(neg.error().field, "participants.staff.female");
  auto r = t_.app->activities().create(editor_, "TH-A", training(1, 1));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(t_.app->activities().get(outsider_, r->record.id).error().code, ErrorCode::kForbidden);
  EXPECT_EQ(t_.app->activities().create(outsider_, "TH-A", training(1, 1)).error().code, ErrorCode::kForbidden);
  EXPECT_EQ(t_.app->activities().update(outsider_, r->record.id, fields({{"status", "done"}})).error().code,
            ErrorCode::kForbidden);
}

TEST_F(ActivitiesTest, DoneTrainingFeedsStaffTrainedCappedByStaff) {
  ASSERT_TRUE(t_.app->values()
                  .save(app::Actor::System(), {{"staff_total", "female", "TH-A", "2026S1", "30"},
                                               {"staff_total", "male", "TH-A", "2026S1", "8"}})
                  .ok());
  auto a = t_.app->activities().create(editor_, "TH-A", training(20, 5));
  ASSERT_TRUE(a.ok()) << a.error().message;
  EXPECT_EQ(a->feed_warning, "");
  EXPECT_EQ(value("staff_trained_ge", "female", "2026S1"), 20);
  EXPECT_EQ(value("staff_trained_ge", "male", "2026S1"), 5);
  auto b = t_.app->activities().create(editor_, "TH-A", training(15, 6));
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(value("staff_trained_ge", "female", "2026S1"), 30);  // capped by the staff
  EXPECT_EQ(value("staff_trained_ge", "male", "2026S1"), 8);
  ASSERT_TRUE(t_.app->activities().update(editor_, b->record.id, fields({{"status", "cancelled"}})).ok());
  EXPECT_EQ(value("staff_trained_ge", "female", "2026S1"), 20);
  // The indicator behind "100% of staff trained" follows.
  auto planned = t_.app->activities().create(
      editor_, "TH-A", fields({{"title", "Tập huấn đợt 2"}, {"start", "2026-05-02"}, {"type", "training"}}));
  ASSERT_TRUE(planned.ok());
  ASSERT_TRUE(t_.app->activities()
                  .update(editor_, planned->record.id,
                          fields({{"status", "done"}}, people("staff", 10, 3)))
                  .ok());
  EXPECT_EQ(value("staff_trained_ge", "female", "2026S1"), 30);
  EXPECT_EQ(value("staff_trained_ge", "male", "2026S1"), 8);
  // Once no done activity feeds it, the derived figure goes; the totals stay.
  ASSERT_TRUE(t_.app->activities().update(editor_, a->record.id, fields({{"status", "cancelled"}})).ok());
  ASSERT_TRUE(t_.app->activities().remove(editor_, planned->record.id).ok());
  EXPECT_EQ(value("staff_trained_ge", "female", "2026S1"), std::nullopt);
  EXPECT_EQ(value("staff_trained_ge", "male", "2026S1"), std::nullopt);
  EXPECT_EQ(value("staff_total", "female", "2026S1"), 30);
}

TEST_F(ActivitiesTest, ObservanceFromTheCalendarOnce) {
  auto r = t_.app->activities().from_calendar(editor_, "TH-A", "obs:vn_women_day:2026");
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->record.status, ActivityStatus::kPlanned);
  EXPECT_EQ(r->record.type, ActivityType::kObservance);
  EXPECT_EQ(r->record.start, "2026-10-20");
  EXPECT_EQ(r->record.title, "Hưởng ứng Ngày Phụ nữ Việt Nam");
  EXPECT_EQ(t_.app->activities().from_calendar(editor_, "TH-A", "obs:vn_women_day:2026").error().code,
            ErrorCode::kConflict);
  EXPECT_FALSE(t_.app->activities().from_calendar(editor_, "TH-A", "obs:nope:2026").ok());
  EXPECT_FALSE(t_.app->activities().from_calendar(editor_, "TH-A", "bad").ok());
  EXPECT_EQ(app::calendar_items_of(r->record), std::vector<std::string>{"obs:vn_women_day:2026"});
  EXPECT_EQ(t_.app->activities().from_calendar(editor_, "TH-A", "obs:vn_women_day:02026").error().code,
            ErrorCode::kConflict)
      << "the same item however the year is written";
  auto done = t_.app->activities().update(
      editor_, r->record.id,
      [] {
        auto in = fields({{"status", "done"}}, people("students", 100, 90));
        for (auto& p : people("parents", 40, 10)) in.participants.push_back(p);
        return in;
      }());
  ASSERT_TRUE(done.ok());
  EXPECT_EQ(value("students_reached", "female", "2026S2"), 100);
  EXPECT_EQ(value("parents_reached", "", "2026S2"), 50);
  app::ActivityFilter filter;
  filter.year = 2026;
  filter.subtree = true;
  auto list = t_.app->activities().list(app::Actor::System(), "SGD", filter);  // the schools below the department
  ASSERT_TRUE(list.ok());
  EXPECT_EQ(list->items.size(), 1u);
  EXPECT_EQ(list->by_type[ActivityType::kObservance], 1);
}

}  // namespace
}  // namespace bd::test
