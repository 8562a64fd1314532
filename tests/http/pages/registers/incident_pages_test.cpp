// Incident pages: the officer's list and form; the counts page for readers.
#include <gtest/gtest.h>

#include "support/http_client.h"

namespace bd::test {
namespace {

TEST(IncidentPages, TheOfficerRecordsOthersSeeOnlyCounts) {
  LiveServer live = start_server(true);
  HttpClient officer(live.port()), viewer(live.port());
  ASSERT_TRUE(officer.login("thcs.tanmy.tv", kAdminPassword));
  auto page = officer.get("/incidents");
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_NE(page.body.find("Không ghi họ tên"), std::string::npos);
  auto added = officer.form("/incidents", {{"org", "THCS-TANMY"}, {"occurred_on", "05/01/2026"}, {"kind", "online"},
                                           {"sex", "female"}, {"age_band", "11-14"}, {"status", "received"}});
  EXPECT_EQ(added.status, 303) << added.body;
  auto bad = officer.form("/incidents", {{"org", "THCS-TANMY"}, {"occurred_on", "05/01/2026"}, {"kind", "online"},
                                         {"sex", "female"}, {"age_band", "11-14"}, {"status", "referred"}});
  EXPECT_EQ(bad.status, 422);
  ASSERT_TRUE(viewer.login("so.xem", kAdminPassword));
  EXPECT_EQ(viewer.get("/incidents?org=THCS-TANMY").status, 403);
  auto counts = viewer.get("/incidents/counts?org=SGD-AL&year=2026");
  ASSERT_EQ(counts.status, 200);
  EXPECT_NE(counts.body.find("Bạo lực trên mạng"), std::string::npos);
}

}  // namespace
}  // namespace bd::test
