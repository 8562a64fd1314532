#include "core/report.h"

#include <gtest/gtest.h>

namespace bd {
namespace {

const ReportStatus kAll[] = {ReportStatus::kDraft, ReportStatus::kSubmitted, ReportStatus::kApproved,
                             ReportStatus::kReturned, ReportStatus::kNotRequired};

TEST(ReportStatus, CodesRoundTripAndLabels) {
  for (auto s : kAll) {
    auto back = parse_report_status(report_status_code(s));
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(*back, s);
    EXPECT_FALSE(report_status_label_vi(s).empty());
    EXPECT_FALSE(report_status_label_en(s).empty());
  }
  EXPECT_EQ(report_status_code(ReportStatus::kNotRequired), "not_required");
  EXPECT_EQ(report_status_label_vi(ReportStatus::kApproved), "Đã duyệt");
  EXPECT_EQ(report_status_label_vi(ReportStatus::kReturned), "Bị trả lại");
  EXPECT_EQ(report_status_label_vi(ReportStatus::kNotRequired), "Không phải nộp");
  EXPECT_FALSE(parse_report_status("Approved").has_value());
  EXPECT_FALSE(parse_report_status("").has_value());
}

TEST(ReportTransitions, FollowTheWorkflow) {
  using S = ReportStatus;
  using A = ReportAction;
  EXPECT_EQ(next_report_status(S::kDraft, A::kSave), S::kDraft);
  EXPECT_EQ(next_report_status(S::kReturned, A::kSave), S::kReturned);
  EXPECT_EQ(next_report_status(S::kDraft, A::kSubmit), S::kSubmitted);
  EXPECT_EQ(next_report_status(S::kReturned, A::kSubmit), S::kSubmitted);
  EXPECT_EQ(next_report_status(S::kSubmitted, A::kApprove), S::kApproved);
  EXPECT_EQ(next_report_status(S::kSubmitted, A::kReturn), S::kReturned);
  EXPECT_EQ(next_report_status(S::kApproved, A::kReopen), S::kReturned);
  EXPECT_EQ(next_report_status(S::kNotRequired, A::kReopen), S::kDraft);
  EXPECT_EQ(next_report_status(S::kDraft, A::kMarkNotRequired), S::kNotRequired);
  EXPECT_EQ(next_report_status(S::kReturned, A::kMarkNotRequired), S::kNotRequired);
}

TEST(ReportTransitions, RefuseWrongStates) {
  using S = ReportStatus;
  using A = ReportAction;
  for (auto s : {S::kSubmitted, S::kApproved, S::kNotRequired}) {
    EXPECT_FALSE(next_report_status(s, A::kSave)) << report_status_code(s);
    EXPECT_FALSE(next_report_status(s, A::kSubmit)) << report_status_code(s);
    EXPECT_FALSE(next_report_status(s, A::kMarkNotRequired)) << report_status_code(s);
  }
  for (auto s : {S::kDraft, S::kApproved, S::kReturned, S::kNotRequired}) {
    EXPECT_FALSE(next_report_status(s, A::kApprove)) << report_status_code(s);
    EXPECT_FALSE(next_report_status(s, A::kReturn)) << report_status_code(s);
  }
  for (auto s : {S::kDraft, S::kSubmitted, S::kReturned})
    EXPECT_FALSE(next_report_status(s, A::kReopen)) << report_status_code(s);
}

TEST(Timeliness, CountsFromTheFirstSubmissionWhileSubmittedApprovedOrReturned) {
  EXPECT_EQ(timeliness_submission(ReportStatus::kSubmitted, 100, 300), 100);
  EXPECT_EQ(timeliness_submission(ReportStatus::kApproved, 100, 300), 100);
  EXPECT_EQ(timeliness_submission(ReportStatus::kReturned, 100, 300), 100) << "returned: still sent once";
  EXPECT_EQ(timeliness_submission(ReportStatus::kSubmitted, 0, 300), 300) << "a record from before: the latest";
  EXPECT_EQ(timeliness_submission(ReportStatus::kDraft, 100, 300), 0);
  EXPECT_EQ(timeliness_submission(ReportStatus::kNotRequired, 100, 300), 0);
  EXPECT_EQ(timeliness_submission(ReportStatus::kReturned, 0, 0), 0);
}

TEST(Timeliness, OnTimeLateMissingPending) {
  const Date due{2025, 6, 10};
  const Date today{2025, 7, 1};
  auto on_due_day = timeliness(due, Date{2025, 6, 10}, today);
  EXPECT_EQ(on_due_day.state, Timeliness::State::kOnTime);
  EXPECT_EQ(timeliness(due, Date{2025, 5, 30}, today).state, Timeliness::State::kOnTime);
  auto late = timeliness(due, Date{2025, 6, 13}, today);
  EXPECT_EQ(late.state, Timeliness::State::kLate);
  EXPECT_EQ(late.days, 3);
  auto missing = timeliness(due, std::nullopt, today);
  EXPECT_EQ(missing.state, Timeliness::State::kMissing);
  EXPECT_EQ(missing.days, 21);
  auto pending = timeliness(due, std::nullopt, Date{2025, 6, 1});
  EXPECT_EQ(pending.state, Timeliness::State::kPending);
  EXPECT_EQ(pending.days, 9);
  EXPECT_EQ(timeliness(due, std::nullopt, due).state, Timeliness::State::kPending);
  // Across a year end: due 20/12, submitted 05/01.
  auto new_year = timeliness(Date{2025, 12, 20}, Date{2026, 1, 5}, Date{2026, 1, 6});
  EXPECT_EQ(new_year.days, 16);
  EXPECT_EQ(timeliness_code(Timeliness::State::kMissing), "missing");
  EXPECT_EQ(timeliness_code(Timeliness::State::kOnTime), "on_time");
}

}  // namespace
}  // namespace bd
