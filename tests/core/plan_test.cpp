#include "core/plan.h"

#include <gtest/gtest.h>

namespace bd {
namespace {

TEST(PlanSymbol, DropsSpacesAndKeepsVietnameseLetters) {
  EXPECT_EQ(document_symbol("KH", "THCS BVĐ"), "KH-THCSBVĐ");
  EXPECT_EQ(document_symbol("KH", "SGDĐT"), "KH-SGDĐT");
  EXPECT_EQ(document_symbol("KH", ""), "KH-");
}

TEST(PlanNumberLine, PadsNumbersBelowTen) {
  EXPECT_EQ(number_line(5, "KH-PGDĐT"), "Số: 05/KH-PGDĐT");
  EXPECT_EQ(number_line(1, "KH-THCSTM"), "Số: 01/KH-THCSTM");
  EXPECT_EQ(number_line(12, "KH-PGDĐT"), "Số: 12/KH-PGDĐT");
  EXPECT_EQ(number_line(125, "KH-PGDĐT"), "Số: 125/KH-PGDĐT");
}

TEST(PlanNumberLine, DraftLeavesTheNumberBlank) {
  EXPECT_EQ(draft_number_line("KH-THCSTM"), "Số:      /KH-THCSTM");
}

TEST(PlanStatus, CodesRoundTrip) {
  for (auto s : {PlanStatus::kDraft, PlanStatus::kIssued, PlanStatus::kSuperseded, PlanStatus::kSigning}) {
    auto back = parse_plan_status(plan_status_code(s));
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(*back, s);
  }
  EXPECT_EQ(plan_status_code(PlanStatus::kDraft), "draft");
  EXPECT_EQ(plan_status_code(PlanStatus::kIssued), "issued");
  EXPECT_EQ(plan_status_code(PlanStatus::kSuperseded), "superseded");
  EXPECT_EQ(plan_status_code(PlanStatus::kSigning), "signing");
  EXPECT_FALSE(parse_plan_status("").has_value());
  EXPECT_FALSE(parse_plan_status("Issued").has_value());
  EXPECT_FALSE(parse_plan_status("cancelled").has_value());
}

TEST(PlanStatus, VietnameseLabels) {
  EXPECT_EQ(plan_status_label_vi(PlanStatus::kDraft), "Dự thảo");
  EXPECT_EQ(plan_status_label_vi(PlanStatus::kIssued), "Đã ban hành");
  EXPECT_EQ(plan_status_label_vi(PlanStatus::kSuperseded), "Đã được thay thế");
  EXPECT_EQ(plan_status_label_vi(PlanStatus::kSigning), "Chờ ký");
}

}  // namespace
}  // namespace bd
