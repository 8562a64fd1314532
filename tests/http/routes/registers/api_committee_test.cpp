// The committee and commendations API over the real server: the demo's
// department committee at two dates, adding a member, the fed counts, the
// commendations' counts by sex.
#include <gtest/gtest.h>

#include "support/http_client.h"

namespace bd::test {
namespace {

using nlohmann::json;

class CommitteeApi : public LiveServerTest<CommitteeApi> {};

TEST_F(CommitteeApi, TheCommitteeAtTwoDatesAndItsHistory) {
  auto viewer = as("so.xem");
  auto before = viewer.get("/api/v1/committee/SGD-AL?on=2025-08-31");
  ASSERT_EQ(before.status, 200) << before.body;
  EXPECT_EQ(before.json()["members"].size(), 4u);
  EXPECT_EQ(before.json()["members"][0]["role"], "head");
  auto after = viewer.get("/api/v1/committee/SGD-AL?on=2025-09-01");
  EXPECT_EQ(after.json()["members"].size(), 5u);
  EXPECT_EQ(after.json()["counts"]["female"], 3);
  EXPECT_EQ(after.json()["history"].size(), 9u);
  EXPECT_EQ(viewer.get("/api/v1/committee/SGD-AL?on=31/02/2025").status, 422);
  EXPECT_EQ(as("thcs.tanmy").get("/api/v1/committee/SGD-AL").status, 403);
}

TEST_F(CommitteeApi, AddingAMemberFeedsTheCounts) {
  auto editor = as("thpt.anlac");
  auto r = editor.json("POST", "/api/v1/committee/THPT-ANLAC/members",
                       {{"full_name", "Ngô Thị Lan"}, {"sex", "female"}, {"role", "member"}, {"phone", "0900.000.014"},
                        {"term_start", "2026-01-05"}, {"trained", true}});
  ASSERT_EQ(r.status, 201) << r.body;
  const auto j = r.json();
  EXPECT_EQ(j["counts"]["female"], 3);
  EXPECT_EQ(j["counts"]["trained_female"], 2);
  EXPECT_FALSE(j["values"]["period"].get<std::string>().empty());
  auto bad = editor.json("POST", "/api/v1/committee/THPT-ANLAC/members", {{"full_name", "Ngô Thị Lan"}, {"sex", "nữ"}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(bad.json()["error"]["field"], "sex");
  // null is not false (API fuzzer finding).
  auto null_trained = editor.json("POST", "/api/v1/committee/THPT-ANLAC/members",
                                  {{"full_name", "Ngô Thị Lan"}, {"sex", "female"}, {"role", "member"},
                                   {"term_start", "2026-01-05"}, {"trained", nullptr}});
  EXPECT_EQ(null_trained.status, 400) << null_trained.body;
  EXPECT_EQ(null_trained.json()["error"]["field"], "trained");
}

TEST_F(CommitteeApi, CommendationsAreCountedBySex) {
  auto viewer = as("so.xem");
  auto list = viewer.get("/api/v1/commendations?org=SGD-AL&year=2025");
  ASSERT_EQ(list.status, 200) << list.body;
  const auto j = list.json();
  EXPECT_EQ(j["counts"]["individuals"]["female"], 2);
  EXPECT_EQ(j["counts"]["individuals"]["male"], 1);
  EXPECT_EQ(j["counts"]["collectives"], 1);
  EXPECT_EQ(j["commendations"][0]["movement"], "Giỏi việc trường - Đảm việc nhà");
  EXPECT_EQ(list.body.find("0900."), std::string::npos);  // no phones outside the committee page
}

}  // namespace
}  // namespace bd::test
