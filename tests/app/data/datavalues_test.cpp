#include "app/fixture.h"

namespace bd::test {
namespace {

class Values : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    t_ = make_app(GetParam(), true, &clock_);
    add_user(*t_.app, "tm.editor", "THCS-TANMY", "editor");
  }
  app::Actor as(const std::string& u) { return actor_of(*t_.app, u, u == "admin" ? kAdminPassword : "password-123"); }
  app::ValueInput v(const std::string& el, const std::string& opt, const std::string& org, const std::string& value,
                    const std::string& period = "2026S1") {
    return {el, opt, org, period, value};
  }
  int64_t audit_count() {
    int64_t n = 0;
    (void)t_.store->read([&](storage::Tx& tx) {
      n = tx.count_audit();
      return Status::Ok();
    });
    return n;
  }
  FakeClock clock_;
  TestApp t_;
};

TEST_P(Values, ASaveIsInEveryAncestorBeforeItReturns) {
  auto& a = t_.app->analytics();
  const Period p = *parse_period("2026S1");
  int64_t school = 0, dept = 0;
  (void)t_.store->read([&](storage::Tx& tx) {
    school = tx.org_by_code("THCS-TANMY")->id;
    dept = tx.org_by_code("SGD-AL")->id;
    return Status::Ok();
  });
  EXPECT_FALSE(a.element("staff_managers", "female", dept, p));
  auto r = t_.app->values().save(as("tm.editor"), {v("staff_total", "female", "THCS-TANMY", "40"),
                                                    v("staff_total", "male", "THCS-TANMY", "10"),
                                                    v("staff_managers", "female", "THCS-TANMY", "2"),
                                                    v("staff_managers", "male", "THCS-TANMY", "1")});
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(*r, 4);
  EXPECT_EQ(a.element("staff_managers", "female", dept, p), 2);
  EXPECT_EQ(a.element("staff_total", "", school, p), 50);
  auto pct = a.indicator("pct_women_managers", dept, p);
  ASSERT_TRUE(pct.ok() && pct->has_value());
  EXPECT_NEAR(**pct, 66.667, 0.01);
}

TEST_P(Values, EveryProblemIsListedByCellAndNothingIsWritten) {
  const auto editor = as("tm.editor");
  const int64_t before = audit_count();
  auto r = t_.app->values().save(editor, {v("staff_total", "female", "THCS-TANMY", "10"),
                                                    v("staff_managers", "female", "THCS-TANMY", "12"),
                                                    v("staff_total", "male", "THCS-TANMY", "-3"),
                                                    v("staff_teachers", "female", "THCS-TANMY", "2,5"),
                                                    v("nope", "", "THCS-TANMY", "1"),
                                                    v("staff_total", "", "THCS-TANMY", "1"),
                                                    v("hotline_displayed", "", "THCS-TANMY", "maybe", "2026")});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kValidation);
  ASSERT_GE(r.error().details.size(), 5u);
  std::string all;
  for (const auto& [field, msg] : r.error().details) all += field + ": " + msg + "\n";
  EXPECT_NE(all.find("không được âm"), std::string::npos) << all;
  EXPECT_NE(all.find("phải là số nguyên"), std::string::npos) << all;
  EXPECT_NE(all.find("\"nope\""), std::string::npos) << all;
  EXPECT_NE(all.find("nữ (female) hoặc nam (male)"), std::string::npos) << all;
  EXPECT_NE(all.find("Có hoặc Không"), std::string::npos) << all;
  EXPECT_NE(all.find("values[1]: "), std::string::npos) << "the managers > staff rule names its cell\n" << all;
  EXPECT_NE(all.find("(nữ) (12 so với 10)"), std::string::npos) << all;
  EXPECT_EQ(audit_count(), before);
  auto got = t_.app->values().get(as("tm.editor"), "THCS-TANMY", "2026S1");
  ASSERT_TRUE(got.ok());
  EXPECT_TRUE(got->empty());
}

TEST_P(Values, RulesSeeStoredValuesToo) {
  ASSERT_TRUE(t_.app->values().save(as("tm.editor"), {v("staff_total", "female", "THCS-TANMY", "10")}).ok());
  auto r = t_.app->values().save(as("tm.editor"), {v("staff_managers", "female", "THCS-TANMY", "11")});
  ASSERT_FALSE(r.ok());
  // The totals break the rule too, but it is one mistake: reported once, at the women's cell.
  ASSERT_EQ(r.error().details.size(), 1u) << r.error().message;
  EXPECT_EQ(r.error().details[0].first, "values[0]");
  EXPECT_NE(r.error().details[0].second.find("(nữ) (11 so với 10)"), std::string::npos) << r.error().details[0].second;
}

// A unit and period whose only value in the batch is not a number: that is
// the one mistake. What is stored there (here, figures that break a rule,
// written before the rule could see them) is not checked again on its own.
TEST_P(Values, AValueThatIsNotANumberIsTheOnlyMistakeOfItsCell) {
  ASSERT_TRUE(t_.store->write([&](storage::Tx& tx) {
    const int64_t unit = tx.org_by_code("THCS-TANMY")->id;
    int64_t total = 0, managers = 0;
    for (const auto& e : tx.data_elements()) {
      if (e.code == "staff_total") total = e.id;
      if (e.code == "staff_managers") managers = e.id;
    }
    tx.put_value({total, "female", unit, "2026S1", 10, "", 0, "nhap.tay"});
    tx.put_value({managers, "female", unit, "2026S1", 11, "", 0, "nhap.tay"});
    return Status::Ok();
  }).ok());
  auto r = t_.app->values().save(as("tm.editor"), {v("staff_total", "male", "THCS-TANMY", "mười")});
  ASSERT_FALSE(r.ok());
  ASSERT_EQ(r.error().details.size(), 1u) << r.error().message;
  EXPECT_EQ(r.error().details[0].first, "values[0]");
  EXPECT_EQ(r.error().message, r.error().details[0].second);
}

TEST_P(Values, EditorsEnterOnlyTheirOwnUnit) {
  auto r = t_.app->values().save(as("tm.editor"), {v("staff_total", "female", "THCS-LONGSON", "10")});
  EXPECT_EQ(r.error().code, ErrorCode::kForbidden);
  EXPECT_TRUE(t_.app->values().save(as("admin"), {v("staff_total", "female", "THCS-LONGSON", "10")}).ok());
}

TEST_P(Values, LockedPeriodsAreRefusedWith409) {
  (void)t_.store->write([&](storage::Tx& tx) {
    tx.set_locked(tx.org_by_code("THCS-TANMY")->id, "2026S1", true);
    return Status::Ok();
  });
  auto r = t_.app->values().save(as("tm.editor"), {v("staff_total", "female", "THCS-TANMY", "10")});
  EXPECT_EQ(r.error().code, ErrorCode::kConflict);
  // In a batch of several units and periods with two locked cells, the
  // conflict names the first value of the earlier one, and nothing of the
  // batch is saved.
  (void)t_.store->write([&](storage::Tx& tx) {
    tx.set_locked(tx.org_by_code("THCS-LONGSON")->id, "2027S2", true);
    return Status::Ok();
  });
  auto batch = t_.app->values().save(as("admin"), {v("staff_total", "female", "THCS-LONGSON", "10"),
                                                   v("staff_total", "male", "THCS-LONGSON", "9", "2027S1"),
                                                   v("staff_total", "male", "THCS-TANMY", "10"),
                                                   v("staff_total", "female", "THCS-TANMY", "12"),
                                                   v("staff_total", "female", "THCS-LONGSON", "12", "2027S2")});
  ASSERT_FALSE(batch.ok());
  EXPECT_EQ(batch.error().code, ErrorCode::kConflict);
  EXPECT_EQ(batch.error().field, "values[2]");
  EXPECT_NE(batch.error().message.find("khóa"), std::string::npos) << batch.error().message;
  auto saved = t_.app->values().save(as("admin"), {v("staff_total", "female", "THCS-LONGSON", "10"),
                                                   v("staff_total", "male", "THCS-LONGSON", "9", "2027S1")});
  ASSERT_TRUE(saved.ok()) << saved.error().message;
  EXPECT_EQ(*saved, 2) << "neither was saved by the refused batch";
}

TEST_P(Values, ChangesAreAuditedWithOldAndNewAndEmptyErases) {
  auto ed = as("tm.editor");
  auto log = [&](const std::string& key) {
    std::vector<AuditEntry> out;
    (void)t_.store->read([&](storage::Tx& tx) {
      out = tx.audit_for("datavalues", key);
      return Status::Ok();
    });
    return out;
  };
  ASSERT_TRUE(t_.app->values().save(ed, {v("staff_total", "female", "THCS-TANMY", "1.234")}).ok());
  ASSERT_TRUE(t_.app->values().save(ed, {v("staff_total", "female", "THCS-TANMY", "1240"),
                                         v("staff_total", "male", "THCS-TANMY", "7,0")}).ok());
  EXPECT_EQ(*t_.app->values().save(ed, {v("staff_total", "female", "THCS-TANMY", "1240")}), 0) << "unchanged";
  auto saved = log("THCS-TANMY/2026S1");
  ASSERT_EQ(saved.size(), 2u) << "one record a save, none for a save that changes nothing";
  EXPECT_EQ(saved[0].action, "save");
  EXPECT_EQ(saved[0].actor, "tm.editor");
  EXPECT_EQ(saved[0].before_json, R"({"staff_total.female":null})");
  EXPECT_EQ(saved[0].after_json, R"({"staff_total.female":1234})");
  EXPECT_EQ(saved[1].before_json, R"({"staff_total.female":1234,"staff_total.male":null})");
  EXPECT_EQ(saved[1].after_json, R"({"staff_total.female":1240,"staff_total.male":7})");
  ASSERT_TRUE(t_.app->values().save(ed, {v("staff_total", "female", "THCS-TANMY", "")}).ok());
  EXPECT_EQ(log("THCS-TANMY/2026S1").back().after_json, R"({"staff_total.female":null})");
  ASSERT_TRUE(t_.app->values().save(ed, {v("staff_total", "male", "THCS-TANMY", "")}).ok());
  EXPECT_TRUE(t_.app->values().get(ed, "THCS-TANMY", "2026S1")->empty());
  int64_t dept = 0;
  (void)t_.store->read([&](storage::Tx& tx) {
    dept = tx.org_by_code("THCS-TANMY")->id;
    return Status::Ok();
  });
  EXPECT_FALSE(t_.app->analytics().element("staff_total", "female", dept, *parse_period("2026S1")));
}

TEST_P(Values, ABatchHasOneAuditRecordForEachUnitAndPeriodItChanges) {
  auto e = t_.app->catalog().create_element(as("admin"), {"ge_note", "Ghi chú", "", "text", "stock"});
  ASSERT_TRUE(e.ok()) << e.error().message;
  const std::string note = "Tổ \"Nữ công\" \\ họp tháng 3";
  auto records = [&](const std::string& key) {
    size_t n = 0;
    (void)t_.store->read([&](storage::Tx& tx) {
      n = tx.audit_for("datavalues", key).size();
      return Status::Ok();
    });
    return n;
  };
  const size_t longson = records("THCS-LONGSON/2026S1"), tanmy_before = records("THCS-TANMY/2025S2");
  EXPECT_EQ(records("THCS-TANMY/2026S1"), 0u);
  auto saved = t_.app->values().save(as("admin"), {v("staff_total", "female", "THCS-TANMY", "300"),
                                                   v("ge_note", "", "THCS-TANMY", note),
                                                   v("staff_total", "female", "THCS-LONGSON", "500"),
                                                   v("staff_total", "female", "THCS-TANMY", "400", "2025S2")});
  ASSERT_TRUE(saved.ok()) << saved.error().message << (saved.ok() ? "" : saved.error().details[0].second);
  (void)t_.store->read([&](storage::Tx& tx) {
    auto tanmy = tx.audit_for("datavalues", "THCS-TANMY/2026S1");
    EXPECT_EQ(tanmy.size(), 1u);
    if (tanmy.empty()) return Status::Ok();
    auto after = nlohmann::json::parse(tanmy[0].after_json);
    EXPECT_EQ(after, (nlohmann::json{{"staff_total.female", 300}, {"ge_note", note}})) << tanmy[0].after_json;
    EXPECT_EQ(nlohmann::json::parse(tanmy[0].before_json),
              (nlohmann::json{{"staff_total.female", nullptr}, {"ge_note", nullptr}}));
    EXPECT_EQ(tx.audit_for("datavalues", "THCS-LONGSON/2026S1").size(), longson + 1);
    EXPECT_EQ(tx.audit_for("datavalues", "THCS-TANMY/2025S2").size(), tanmy_before + 1);
    return Status::Ok();
  });
}

INSTANTIATE_TEST_SUITE_P(Engines, Values, ::testing::ValuesIn(engines()), [](const auto& i) { return i.param; });

TEST(ParseValue, VietnameseFormsOfNumbers) {
  EXPECT_EQ(*app::parse_value(ValueType::kCount, "1.234"), 1234);
  EXPECT_EQ(*app::parse_value(ValueType::kCount, " 1 234 "), 1234);
  EXPECT_EQ(*app::parse_value(ValueType::kNumber, "40,5"), 40.5);
  EXPECT_EQ(*app::parse_value(ValueType::kBoolean, "Có"), 1);
  EXPECT_EQ(*app::parse_value(ValueType::kBoolean, "không"), 0);
  EXPECT_FALSE(app::parse_value(ValueType::kCount, "abc").ok());
  EXPECT_FALSE(app::parse_value(ValueType::kCount, "1e20").ok());
}

// "7.5" typed in the grid was stored as 75, and "1.500" meant 1500 on a
// count but 1,5 on a number.
TEST(ParseValue, ADotSeparatesThousandsOnEveryType) {
  for (auto type : {ValueType::kCount, ValueType::kNumber}) {
    EXPECT_EQ(*app::parse_value(type, "1.500"), 1500);
    for (const char* bad : {"7.5", "2.5", "12.34.5", "1.50", "0x10", "1e3"})
      EXPECT_FALSE(app::parse_value(type, bad).ok()) << bad;
  }
  EXPECT_EQ(*app::parse_value(ValueType::kNumber, "2,5"), 2.5);
  EXPECT_EQ(app::parse_value(ValueType::kCount, "2,5").error().message, "phải là số nguyên");
}

TEST(CheckValue, NumbersThatCameAsNumbers) {
  EXPECT_EQ(*app::check_value(ValueType::kCount, 1500.0), 1500);
  EXPECT_EQ(app::check_value(ValueType::kCount, 2.5).error().message, "phải là số nguyên");
  EXPECT_FALSE(app::check_value(ValueType::kCount, -1).ok());
  EXPECT_FALSE(app::check_value(ValueType::kCount, 2e9).ok());
  EXPECT_EQ(*app::check_value(ValueType::kNumber, 2.5), 2.5);
  EXPECT_EQ(*app::check_value(ValueType::kBoolean, 1), 1);
  EXPECT_FALSE(app::check_value(ValueType::kBoolean, 2).ok());
}

}  // namespace
}  // namespace bd::test
