// Trình ký: the unit's editor sends a finished draft to the head of the unit,
// who issues it or sends it back with a comment; each step audited.
#include "app/plans/plan_fixture.h"

namespace bd::test {
namespace {

class PlanSigning : public PlanTree {
 protected:
  int64_t draft(const std::string& user, const std::string& org, const nlohmann::json& c = issuable()) {
    auto d = plans().create(as(user), org, c);
    EXPECT_TRUE(d.ok()) << d.error().message;
    return d ? d->record.id : 0;
  }
  std::vector<std::string> actions(int64_t id) {
    std::vector<std::string> out;
    EXPECT_TRUE(t_.store->read([&](storage::Tx& tx) {
      for (const auto& e : tx.audit_for("plan", std::to_string(id))) out.push_back(e.action);
      return Status::Ok();
    }));
    return out;
  }
};

TEST_F(PlanSigning, SentWithANoteThenSentBackWithACommentThenSigned) {
  const int64_t id = draft("tha.bt", "TH-AP");
  auto sent = plans().send_for_signature(as("tha.bt"), id, "  Kính trình\n cô Hiệu trưởng  ");
  ASSERT_TRUE(sent.ok()) << sent.error().message;
  EXPECT_EQ(sent->record.status, PlanStatus::kSigning);
  auto s = app::plan_signing(sent->record);
  ASSERT_TRUE(s);
  EXPECT_EQ(s->note, "Kính trình cô Hiệu trưởng");
  EXPECT_EQ(s->sent_by, "tha.bt");
  EXPECT_FALSE(s->sent_by_name.empty());
  EXPECT_GT(s->sent_at, 0);
  EXPECT_TRUE(s->comment.empty());

  // Waiting: nobody edits it, and it is not sent twice.
  EXPECT_EQ(plans().update(as("tha.bt"), id, issuable()).error().code, ErrorCode::kConflict);
  EXPECT_EQ(plans().send_for_signature(as("tha.bt"), id, "").error().code, ErrorCode::kConflict);
  // Only the signer sends it back, and says why.
  EXPECT_EQ(plans().send_back(as("tha.bt"), id, "Sửa").error().code, ErrorCode::kForbidden);
  EXPECT_EQ(plans().send_back(as("tha.ht"), id, "   ").error().code, ErrorCode::kValidation);
  auto back = plans().send_back(as("tha.ht"), id, "Bổ sung chỉ tiêu về tập huấn");
  ASSERT_TRUE(back.ok()) << back.error().message;
  EXPECT_EQ(back->record.status, PlanStatus::kDraft);
  s = app::plan_signing(back->record);
  ASSERT_TRUE(s);
  EXPECT_EQ(s->comment, "Bổ sung chỉ tiêu về tập huấn");
  EXPECT_EQ(s->returned_by, "tha.ht");
  EXPECT_EQ(s->note, "Kính trình cô Hiệu trưởng") << "the note stays with the comment";
  EXPECT_EQ(plans().send_back(as("tha.ht"), id, "Lại").error().code, ErrorCode::kConflict) << "not waiting";

  ASSERT_TRUE(plans().update(as("tha.bt"), id, issuable()).ok()) << "a draft again";
  auto again = plans().send_for_signature(as("tha.bt"), id, "");
  ASSERT_TRUE(again.ok()) << again.error().message;
  EXPECT_TRUE(app::plan_signing(again->record)->comment.empty()) << "a new sending";
  auto signed_plan = plans().issue(as("tha.ht"), id, "2027-01-10");
  ASSERT_TRUE(signed_plan.ok()) << signed_plan.error().message;
  EXPECT_EQ(signed_plan->record.status, PlanStatus::kIssued);
  EXPECT_EQ(signed_plan->record.number, 1);
  EXPECT_EQ(actions(id), (std::vector<std::string>{"create", "send_for_signature", "send_back", "update",
                                                   "send_for_signature", "issue"}));
}

TEST_F(PlanSigning, NotUntilItHasWhatIssuingNeeds) {
  nlohmann::json bare = issuable();
  bare.erase("place");
  const int64_t id = draft("tha.bt", "TH-AP", bare);
  auto r = plans().send_for_signature(as("tha.bt"), id, "");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kValidation);
  EXPECT_EQ(r.error().message.rfind("Chưa trình ký được: Thiếu địa danh", 0), 0u) << r.error().message;
  EXPECT_EQ(plans().get(as("tha.bt"), id)->record.status, PlanStatus::kDraft);
  EXPECT_EQ(plans().send_for_signature(as("tha.bt"), draft("tha.bt", "TH-AP"), std::string(1001, 'a')).error().code,
            ErrorCode::kValidation);
  EXPECT_EQ(plans().send_for_signature(as("tha.bt"), draft("tha.bt", "TH-AP"), "a\u202Eb").error().code,
            ErrorCode::kValidation);
}

TEST_F(PlanSigning, OnlyTheUnitAndItsHeadAndUnitsBelowReadItOnlyOnceIssued) {
  const int64_t id = draft("tha.bt", "TH-AP");
  EXPECT_EQ(plans().send_for_signature(as("thcsbm.bt"), id, "").error().code, ErrorCode::kForbidden);
  ASSERT_TRUE(plans().send_for_signature(as("tha.bt"), id, "").ok());
  EXPECT_EQ(plans().send_back(as("thcsbm.bt"), id, "Sửa").error().code, ErrorCode::kForbidden);

  // The department's plan, sent by its manager: the schools below do not
  // read it while it waits.
  const int64_t dept = draft("so.ql", "SO-HB");
  ASSERT_TRUE(plans().send_for_signature(as("so.ql"), dept, "").ok());
  EXPECT_EQ(plans().get(as("tha.bt"), dept).error().code, ErrorCode::kForbidden);
  ASSERT_TRUE(plans().issue(as("so.ql"), dept, "2027-01-05").ok());
  EXPECT_TRUE(plans().get(as("tha.bt"), dept).ok());
}

TEST_F(PlanSigning, ANewVersionStartsWithoutTheLastSending) {
  const int64_t id = draft("tha.bt", "TH-AP");
  ASSERT_TRUE(plans().send_for_signature(as("tha.bt"), id, "Kính trình").ok());
  ASSERT_TRUE(plans().issue(as("tha.ht"), id, "2027-01-10").ok());
  auto v2 = plans().new_version(as("tha.bt"), id);
  ASSERT_TRUE(v2.ok()) << v2.error().message;
  EXPECT_FALSE(app::plan_signing(v2->record));
}

}  // namespace
}  // namespace bd::test
