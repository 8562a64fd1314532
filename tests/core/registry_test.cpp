#include "core/registry.h"

#include <gtest/gtest.h>

namespace bd {
namespace {

TEST(Registry, ChoicesHaveCodesAndLabels) {
  for (const auto* list : {&sex_choices(), &committee_role_choices(), &commendation_level_choices(),
                           &inspection_status_choices(), &followup_status_choices(), &service_kind_choices(),
                           &incident_kind_choices(), &age_band_choices(), &incident_status_choices()})
    for (const auto& c : *list) {
      EXPECT_FALSE(c.code.empty());
      EXPECT_FALSE(c.vi.empty());
      EXPECT_FALSE(c.en.empty());
      EXPECT_TRUE(is_choice(*list, c.code));
    }
  EXPECT_EQ(choice_vi(committee_role_choices(), "head"), "Trưởng ban");
  EXPECT_EQ(choice_vi(committee_role_choices(), "member"), "Ủy viên");
  EXPECT_EQ(choice_en(sex_choices(), "female"), "Female");
  EXPECT_EQ(choice_vi(sex_choices(), "other"), "");
  EXPECT_FALSE(is_choice(commendation_level_choices(), "province"));
}

TEST(Registry, AMemberServesFromTermStartToTermEndInclusive) {
  CommitteeMember m;
  m.term_start = "2021-03-01";
  m.term_end = "2025-08-31";
  EXPECT_FALSE(m.serving_on("2021-02-28"));
  EXPECT_TRUE(m.serving_on("2021-03-01"));
  EXPECT_TRUE(m.serving_on("2025-08-31"));
  EXPECT_FALSE(m.serving_on("2025-09-01"));
  m.term_end.clear();
  EXPECT_TRUE(m.serving_on("2030-01-01"));
}

}  // namespace
}  // namespace bd
