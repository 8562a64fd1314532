// Walks every registered route as a stranger, as a user outside the target's
// scope and as a user inside it. A new route without a line in the table
// below fails the test, so no route ships without its scope check.
#include <gtest/gtest.h>

#include "http/routes.h"
#include "support/http_client.h"

namespace bd::test {
namespace {

struct Case {
  std::string method, pattern;
  std::string path;          // concrete path; {user} is replaced by a user id outside the outsider's scope
  nlohmann::json body;       // JSON for the API, fields for a page form (null: no body)
  int outsider, insider;     // expected statuses; -1 for public routes
};

const char* kOutsider = "thcs.tanmy";  // editor of one lower secondary school

nlohmann::json plan_content() {
  return {{"year", 2026},
          {"subject", "Kế hoạch thực hiện công tác bình đẳng giới năm 2026"},
          {"place", "An Lạc"},
          {"objectives", {{{"title", "Nâng cao nhận thức"}}}},
          {"signer", {{"authority", "KT."}, {"title", "Giám đốc"}, {"deputy_title", "Phó Giám đốc"}, {"name", "Trần Văn An"}}}};
}

std::vector<Case> cases() {
  using J = nlohmann::json;
  return {
      {"GET", "/healthz", "/healthz", nullptr, -1, -1},
      {"GET", "/metrics", "/metrics", nullptr, -1, -1},
      {"GET", "/static/{path*}", "/static/app.css", nullptr, -1, -1},
      {"GET", "/lang/{code}", "/lang/en", nullptr, -1, -1},
      {"GET", "/favicon.ico", "/favicon.ico", nullptr, -1, -1},
      {"GET", "/api/v1/openapi.json", "/api/v1/openapi.json", nullptr, -1, -1},
      {"POST", "/api/v1/login", "/api/v1/login", nullptr, -1, -1},
      {"GET", "/login", "/login", nullptr, -1, -1},
      {"POST", "/login", "/login", nullptr, -1, -1},
      {"POST", "/api/v1/logout", "/api/v1/logout", J::object(), 204, 204},
      {"GET", "/api/v1/me", "/api/v1/me", nullptr, 200, 200},
      {"GET", "/api/v1/me/agenda", "/api/v1/me/agenda", nullptr, 200, 200},
      {"POST", "/api/v1/account/password", "/api/v1/account/password",
       {{"current_password", "wrong-password"}, {"new_password", "another-pass-1"}}, 422, 422},
      {"GET", "/api/v1/orgunits", "/api/v1/orgunits?root=SGD-AL", nullptr, 403, 200},
      {"POST", "/api/v1/orgunits", "/api/v1/orgunits",
       {{"code", "NEW-1"}, {"name", "Trường mới"}, {"type", "school_primary"}, {"parent", "SGD-AL"}}, 403, 201},
      {"GET", "/api/v1/orgunits/{code}", "/api/v1/orgunits/SGD-AL", nullptr, 403, 200},
      {"PATCH", "/api/v1/orgunits/{code}", "/api/v1/orgunits/THPT-ANLAC", {{"name", "Trường THPT Chuyên An Lạc"}},
       403, 200},
      {"DELETE", "/api/v1/orgunits/{code}", "/api/v1/orgunits/THPT-LETHANHTONG", nullptr, 403, 200},
      {"POST", "/api/v1/restructurings", "/api/v1/restructurings",
       {{"units", {"THPT-ANLAC"}}, {"parent", "SGD-AL"}, {"dry_run", true}}, 403, 200},
      {"POST", "/api/v1/restructurings/undo", "/api/v1/restructurings/undo", {{"parent", "UBND-XA-LONGSON"}}, 403, 404},
      {"GET", "/api/v1/users", "/api/v1/users", nullptr, 403, 200},
      {"POST", "/api/v1/users", "/api/v1/users",
       {{"username", "new.user"}, {"full_name", "Người mới"}, {"org", "SGD-AL"}, {"roles", {"viewer"}},
        {"password", "password-123"}},
       403, 201},
      {"GET", "/api/v1/users/{id}", "/api/v1/users/{user}", nullptr, 403, 200},
      {"PATCH", "/api/v1/users/{id}", "/api/v1/users/{user}", {{"full_name", "Phạm Ngọc Lan"}}, 403, 200},
      {"POST", "/api/v1/users/{id}/password", "/api/v1/users/{user}/password", {{"password", "password-456"}}, 403,
       204},
      {"GET", "/api/v1/tokens", "/api/v1/tokens", nullptr, 200, 200},
      {"POST", "/api/v1/tokens", "/api/v1/tokens", {{"name", "Kịch bản"}}, 201, 201},
      {"DELETE", "/api/v1/tokens/{id}", "/api/v1/tokens/999999", nullptr, 404, 404},
      {"POST", "/api/v1/datavalues", "/api/v1/datavalues",
       {{"values", {{{"element", "staff_total"}, {"sex", "female"}, {"org", "SGD-AL"}, {"period", "2025S1"},
                     {"value", 10}}}}},
       403, 200},
      {"GET", "/api/v1/datavalues", "/api/v1/datavalues?org=SGD-AL&period=2025S1", nullptr, 403, 200},
      {"GET", "/api/v1/analytics", "/api/v1/analytics?indicator=pct_women_managers&org=SGD-AL&period=2025", nullptr,
       403, 200},
      {"GET", "/api/v1/targets/status", "/api/v1/targets/status?org=SGD-AL&period=2025", nullptr, 403, 200},
      {"GET", "/api/v1/dashboard/{org}", "/api/v1/dashboard/SGD-AL?period=2025S1", nullptr, 403, 200},
      {"GET", "/api/v1/dashboard/{org}/{target}", "/api/v1/dashboard/SGD-AL/T_STAFF_TRAINED?period=2025", nullptr, 403,
       200},
      {"GET", "/api/v1/targets/{code}/children", "/api/v1/targets/T_WOMEN_MANAGERS/children?org=SGD-AL&period=2025",
       nullptr, 403, 200},
      {"GET", "/api/v1/dataelements", "/api/v1/dataelements", nullptr, 200, 200},
      {"POST", "/api/v1/dataelements", "/api/v1/dataelements",
       {{"code", "new_element"}, {"name", "Chỉ tiêu mới"}, {"value_type", "count"}, {"by_sex", true}}, 403, 201},
      {"GET", "/api/v1/datasets", "/api/v1/datasets", nullptr, 200, 200},
      {"PUT", "/api/v1/datasets/{code}/required", "/api/v1/datasets/DIEUKIEN/required", {{"required", J::array()}},
       403, 200},
      {"GET", "/api/v1/indicators", "/api/v1/indicators", nullptr, 200, 200},
      {"POST", "/api/v1/indicators", "/api/v1/indicators",
       {{"code", "new_indicator"}, {"name", "Chỉ số mới"}, {"expression", "#{staff_total.female}"}, {"unit", "count"}},
       403, 201},
      {"GET", "/api/v1/targets", "/api/v1/targets", nullptr, 200, 200},
      {"POST", "/api/v1/targets", "/api/v1/targets",
       {{"code", "T_NEW"}, {"name", "Chỉ tiêu mới"}, {"indicator", "pct_women_managers"}, {"comparator", "ge"},
        {"value", 45}, {"when", "every_year"}, {"org", "SGD-AL"}},
       403, 201},
      {"GET", "/data", "/data?org=SGD-AL", nullptr, 200, 200},
      {"POST", "/data", "/data",
       {{"org", "SGD-AL"}, {"set", "NHANSU"}, {"period", "2025S1"}, {"v.staff_total.male", "12"}}, 403, 303},
      {"GET", "/api/v1/spreadsheets/template", "/api/v1/spreadsheets/template?org=SGD-AL&period=2025S1", nullptr, 403,
       200},
      // The body is not a workbook: who sent it is only known once it is read.
      {"POST", "/api/v1/spreadsheets/import", "/api/v1/spreadsheets/import", J::object(), 400, 400},
      {"GET", "/api/v1/rosters/template", "/api/v1/rosters/template", nullptr, 200, 200},
      {"POST", "/api/v1/rosters/import", "/api/v1/rosters/import?org=SGD-AL&period=2025S1", J::object(), 403, 400},
      // An import answers its summary: a value outside one's unit is a conflict (E7607), all or nothing.
      {"POST", "/api/v1/dataValueSets", "/api/v1/dataValueSets",
       {{"dataValues", {{{"dataElement", "staff_total"}, {"categoryOptionCombo", "female"}, {"orgUnit", "SGD-AL"},
                         {"period", "2025S1"}, {"value", "10"}}}}},
       409, 200},
      {"GET", "/api/v1/dataValueSets", "/api/v1/dataValueSets?dataSet=NHANSU&orgUnit=SGD-AL&period=2025S1", nullptr,
       403, 200},
      {"GET", "/api/v1/dataValueSets.json", "/api/v1/dataValueSets.json?dataSet=NHANSU&orgUnit=SGD-AL&period=2025S1",
       nullptr, 403, 200},
      {"GET", "/api/v1/dataValueSets.csv", "/api/v1/dataValueSets.csv?dataSet=NHANSU&orgUnit=SGD-AL&period=2025S1",
       nullptr, 403, 200},
      {"GET", "/api/v1/dataValueSets.xml", "/api/v1/dataValueSets.xml?dataSet=NHANSU&orgUnit=SGD-AL&period=2025S1",
       nullptr, 403, 200},
      {"GET", "/api/v1/dataValueSets.adx", "/api/v1/dataValueSets.adx?dataSet=NHANSU&orgUnit=SGD-AL&period=2025S1",
       nullptr, 403, 200},
      {"GET", "/api/v1/externalIds", "/api/v1/externalIds", nullptr, 200, 200},
      {"PUT", "/api/v1/externalIds", "/api/v1/externalIds",
       {{"system", "DHIS2"}, {"mappings", {{{"kind", "orgUnit"}, {"code", "SGD-AL"}, {"external", "X1"}}}}}, 403, 200},
      {"GET", "/data/exchange", "/data/exchange", nullptr, 200, 200},
      {"POST", "/data/exchange", "/data/exchange", {{"format", "csv"}}, 400, 400},
      {"GET", "/data/exchange/export", "/data/exchange/export?dataSet=NHANSU&orgUnit=SGD-AL&period=2025S1&format=csv",
       nullptr, 303, 303},
      {"GET", "/data/excel", "/data/excel?org=SGD-AL&period=2025S1", nullptr, 200, 200},
      {"POST", "/data/excel", "/data/excel", {{"kind", "data"}}, 400, 400},
      {"GET", "/orgunits/{code}/targets", "/orgunits/SGD-AL/targets?period=2025", nullptr, 403, 200},
      {"GET", "/orgunits/{code}/targets/{target}", "/orgunits/SGD-AL/targets/T_WOMEN_MANAGERS?period=2025", nullptr,
       403, 200},
      {"GET", "/orgunits/{code}/dashboard", "/orgunits/SGD-AL/dashboard?year=2025&period=S1", nullptr, 403, 200},
      {"GET", "/orgunits/{code}/dashboard/{target}", "/orgunits/SGD-AL/dashboard/T_STAFF_TRAINED?year=2025", nullptr,
       403, 200},
      {"GET", "/orgunits/{code}/dashboard/{target}/export.xlsx",
       "/orgunits/SGD-AL/dashboard/T_STAFF_TRAINED/export.xlsx?year=2025", nullptr, 403, 200},
      {"GET", "/orgunits/{code}/dashboard/{target}/export.csv",
       "/orgunits/SGD-AL/dashboard/T_STAFF_TRAINED/export.csv?year=2025", nullptr, 403, 200},
      {"GET", "/calendar", "/calendar?org=SGD-AL&month=2026-11&view=month", nullptr, 403, 200},
      {"GET", "/calendar.ics", "/calendar.ics?org=SGD-AL&year=2026", nullptr, 403, 200},
      {"GET", "/api/v1/activities", "/api/v1/activities?org=SGD-AL&year=2026", nullptr, 403, 200},
      {"POST", "/api/v1/activities", "/api/v1/activities",
       {{"org", "SGD-AL"}, {"title", "Tập huấn cán bộ phụ trách"}, {"start", "2026-03-08"}, {"type", "training"}},
       403, 201},
      {"GET", "/api/v1/activities/{id}", "/api/v1/activities/{activity}", nullptr, 403, 200},
      {"PATCH", "/api/v1/activities/{id}", "/api/v1/activities/{activity}", {{"status", "done"}}, 403, 200},
      {"POST", "/api/v1/activities/{id}/evidence", "/api/v1/activities/{activity}/evidence", J::object(), 403, 400},
      {"GET", "/api/v1/evidence/{id}", "/api/v1/evidence/{evidence}", nullptr, 403, 200},
      {"DELETE", "/api/v1/activities/{id}", "/api/v1/activities/{activity2}", nullptr, 403, 204},
      {"GET", "/activities", "/activities?org=SGD-AL", nullptr, 403, 200},
      {"GET", "/activities/new", "/activities/new?org=SGD-AL", nullptr, 403, 200},
      {"POST", "/activities", "/activities", {{"org", "SGD-AL"}, {"title", "Họp Ban"}, {"start", "09/03/2026"}}, 403,
       303},
      {"GET", "/activities/{id}", "/activities/{activity}", nullptr, 403, 200},
      {"POST", "/activities/{id}", "/activities/{activity}", {{"title", "Tập huấn"}, {"start", "08/03/2026"}}, 403,
       303},
      {"POST", "/activities/{id}/evidence", "/activities/{activity}/evidence", J::object(), 403, 400},
      {"POST", "/activities/{id}/delete", "/activities/{activity3}/delete", J::object(), 403, 303},
      {"GET", "/api/v1/plans", "/api/v1/plans?org=SGD-AL", nullptr, 403, 200},
      {"POST", "/api/v1/plans", "/api/v1/plans", {{"org", "SGD-AL"}, {"year", 2026}, {"subject", "Kế hoạch thử"}}, 403,
       201},
      {"GET", "/api/v1/plans/{id}", "/api/v1/plans/{plan}", nullptr, 403, 200},
      {"PATCH", "/api/v1/plans/{id}", "/api/v1/plans/{plan}", plan_content(), 403, 200},
      {"POST", "/api/v1/plans/{id}/send-for-signature", "/api/v1/plans/{plan}/send-for-signature",
       {{"note", "Kính trình"}}, 403, 200},
      {"POST", "/api/v1/plans/{id}/send-back", "/api/v1/plans/{plan}/send-back", {{"comment", "Bổ sung"}}, 403, 200},
      {"POST", "/api/v1/plans/{id}/issue", "/api/v1/plans/{plan}/issue", J::object(), 403, 200},
      {"POST", "/api/v1/plans/{id}/versions", "/api/v1/plans/{plan}/versions", J::object(), 403, 201},
      {"POST", "/api/v1/plans/{id}/implement", "/api/v1/plans/{plan}/implement", {{"org", "THPT-ANLAC"}}, 403, 201},
      // Issued by now: the units below read it (they implement it).
      {"GET", "/api/v1/plans/{id}/docx", "/api/v1/plans/{plan}/docx", nullptr, 200, 200},
      {"GET", "/api/v1/plans/{id}/coverage", "/api/v1/plans/{plan}/coverage", nullptr, 403, 200},
      {"GET", "/api/v1/reports/completeness", "/api/v1/reports/completeness?org=SGD-AL&period=2025S2", nullptr, 403,
       200},
      {"GET", "/api/v1/reports/{org}/{period}", "/api/v1/reports/SGD-AL/2025S2", nullptr, 403, 200},
      {"PATCH", "/api/v1/reports/{org}/{period}", "/api/v1/reports/THPT-VANHA/2026S1", {{"results", "Kết quả"}}, 403,
       200},
      {"POST", "/api/v1/reports/{org}/{period}/submit", "/api/v1/reports/THPT-VANHA/2026S1/submit", J::object(), 403,
       200},
      {"POST", "/api/v1/reports/{org}/{period}/approve", "/api/v1/reports/THPT-VANHA/2026S1/approve", J::object(), 403,
       200},
      {"POST", "/api/v1/reports/approvals", "/api/v1/reports/approvals",
       {{"period", "2025S2"}, {"orgs", {"THPT-NGOCKHE"}}}, 403, 200},
      {"POST", "/api/v1/reports/{org}/{period}/reopen", "/api/v1/reports/THPT-VANHA/2026S1/reopen",
       {{"reason", "Điều chỉnh số liệu"}}, 403, 200},
      {"POST", "/api/v1/reports/{org}/{period}/return", "/api/v1/reports/TH-BINHAN/2025S2/return",
       {{"comment", "Bổ sung số liệu"}}, 403, 200},
      {"POST", "/api/v1/reports/{org}/{period}/not-required", "/api/v1/reports/THPT-NGUYENTHIDINH/2026S1/not-required",
       J::object(), 403, 200},
      // Committee registers (demo ids: commendations 1–4 of SGD-AL; inspection 1 of
      // THCS-TANMY with items 1–2, 2 of THPT-ANLAC; hotlines 1–3 national, 4–6 SGD-AL).
      {"GET", "/api/v1/committee/{org}", "/api/v1/committee/SGD-AL", nullptr, 403, 200},
      {"POST", "/api/v1/committee/{org}/members", "/api/v1/committee/SGD-AL/members",
       {{"full_name", "Ngô Thị Lan"}, {"sex", "female"}, {"role", "member"}, {"term_start", "2026-01-05"}}, 403, 201},
      {"PUT", "/api/v1/committee/{org}/members/{id}", "/api/v1/committee/SGD-AL/members/999999",
       {{"full_name", "Ngô Thị Lan"}, {"sex", "female"}, {"role", "member"}, {"term_start", "2026-01-05"}}, 403, 404},
      {"POST", "/api/v1/committee/{org}/members/{id}/end", "/api/v1/committee/SGD-AL/members/999999/end",
       {{"on", "2026-06-30"}}, 403, 404},
      {"POST", "/api/v1/committee/{org}/recompositions", "/api/v1/committee/THPT-VANHA/recompositions",
       {{"from", "2026-01-05"}, {"decision_no", "01/QĐ-THPTVH"}, {"decision_date", "2026-01-04"},
        {"members", {{{"full_name", "Ngô Thị Lan"}, {"sex", "female"}, {"role", "head"}}}}},
       403, 201},
      {"GET", "/api/v1/commendations", "/api/v1/commendations?org=SGD-AL", nullptr, 403, 200},
      {"POST", "/api/v1/commendations", "/api/v1/commendations",
       {{"org", "SGD-AL"}, {"full_name", "Ngô Thị Lan"}, {"sex", "female"}, {"level", "department"},
        {"title", "Giấy khen"}, {"decision_no", "600/QĐ-SGDĐT"}, {"decision_date", "2026-05-20"}},
       403, 201},
      {"GET", "/api/v1/commendations/{id}", "/api/v1/commendations/1", nullptr, 404, 200},
      {"PUT", "/api/v1/commendations/{id}", "/api/v1/commendations/1",
       {{"full_name", "Hoàng Thị Mai Anh"}, {"sex", "female"}, {"level", "department"}, {"title", "Bằng khen"},
        {"decision_no", "520/QĐ-SGDĐT"}, {"decision_date", "2025-08-15"}},
       404, 200},
      {"DELETE", "/api/v1/commendations/{id}", "/api/v1/commendations/2", nullptr, 404, 204},
      {"GET", "/api/v1/inspections", "/api/v1/inspections?org=SGD-AL", nullptr, 403, 200},
      {"POST", "/api/v1/inspections", "/api/v1/inspections",
       {{"org", "THPT-VANHA"}, {"by_org", "SGD-AL"}, {"date", "2026-12-01"}, {"scope", "Kiểm tra công tác bình đẳng giới"}},
       403, 201},
      {"GET", "/api/v1/inspections/{id}", "/api/v1/inspections/1", nullptr, 200, 200},
      {"PUT", "/api/v1/inspections/{id}", "/api/v1/inspections/2",
       {{"date", "2026-12-11"}, {"scope", "Kiểm tra việc thực hiện kế hoạch bình đẳng giới năm 2026"}}, 404, 200},
      {"POST", "/api/v1/inspections/{id}/followups/{item}/response", "/api/v1/inspections/1/followups/2/response",
       {{"response", "Đã đăng ký lớp tập huấn tháng 3/2026"}, {"status", "in_progress"}}, 200, 200},
      {"GET", "/api/v1/hotlines", "/api/v1/hotlines?org=SGD-AL", nullptr, -1, -1},
      {"POST", "/api/v1/hotlines", "/api/v1/hotlines",
       {{"org", "SGD-AL"}, {"name", "Đường dây nóng mới"}, {"phone", "0200.000.0999"}}, 403, 201},
      {"POST", "/api/v1/hotlines/display", "/api/v1/hotlines/display",
       {{"org", "THPT-VANHA"}, {"year", 2026}, {"displayed", true}}, 403, 200},
      {"PUT", "/api/v1/hotlines/{id}", "/api/v1/hotlines/1",
       {{"name", "Tổng đài quốc gia bảo vệ trẻ em 111"}, {"phone", "111"}}, 403, 200},
      {"DELETE", "/api/v1/hotlines/{id}", "/api/v1/hotlines/5", nullptr, 403, 204},
      // Incidents: nobody here holds incident_officer, not even the admin.
      {"GET", "/api/v1/incidents/counts", "/api/v1/incidents/counts?org=SGD-AL&year=2025", nullptr, 403, 200},
      {"GET", "/api/v1/incidents", "/api/v1/incidents?org=THCS-TANMY", nullptr, 403, 403},
      {"POST", "/api/v1/incidents", "/api/v1/incidents",
       {{"org", "THCS-TANMY"}, {"occurred_on", "2026-01-05"}, {"kind", "physical"}, {"sex", "male"},
        {"age_band", "11-14"}},
       403, 403},
      {"GET", "/api/v1/incidents/{id}", "/api/v1/incidents/1", nullptr, 404, 404},
      {"PUT", "/api/v1/incidents/{id}", "/api/v1/incidents/1",
       {{"occurred_on", "2025-10-20"}, {"kind", "physical"}, {"sex", "male"}, {"age_band", "11-14"}}, 404, 404},
      {"GET", "/committee", "/committee?org=SGD-AL", nullptr, 403, 200},
      {"GET", "/committee/{org}", "/committee/SGD-AL", nullptr, 403, 200},
      {"POST", "/committee/{org}/members", "/committee/SGD-AL/members",
       {{"full_name", "Ngô Thị Mai"}, {"sex", "female"}, {"role", "member"}, {"term_start", "05/01/2026"}}, 403, 303},
      {"POST", "/committee/{org}/members/{id}/end", "/committee/SGD-AL/members/999999/end", {{"on", "30/06/2026"}},
       403, 404},
      {"POST", "/committee/{org}/recompositions", "/committee/THPT-VANHA/recompositions",
       {{"from", "01/09/2026"}, {"decision_no", "05/QĐ-THPTVH"}, {"decision_date", "28/08/2026"},
        {"m.0.full_name", "Ngô Thị Lan"}, {"m.0.sex", "female"}, {"m.0.role", "head"}},
       403, 303},
      {"GET", "/commendations", "/commendations?org=SGD-AL", nullptr, 403, 200},
      {"POST", "/commendations", "/commendations",
       {{"org", "SGD-AL"}, {"full_name", "Ngô Thị Mai"}, {"sex", "female"}, {"level", "department"},
        {"title", "Giấy khen"}, {"decision_no", "601/QĐ-SGDĐT"}, {"decision_date", "20/05/2026"}},
       403, 303},
      {"GET", "/inspections", "/inspections?org=SGD-AL", nullptr, 403, 200},
      {"POST", "/inspections", "/inspections",
       {{"org", "THPT-VANHA"}, {"by_org", "SGD-AL"}, {"status", "planned"}, {"date", "01/12/2026"},
        {"scope", "Kiểm tra công tác bình đẳng giới"}, {"f.0.text", "Bổ sung kế hoạch năm"}, {"f.0.due", "31/12/2026"}},
       403, 303},
      {"GET", "/inspections/{id}", "/inspections/1", nullptr, 200, 200},
      {"POST", "/inspections/{id}", "/inspections/2",
       {{"status", "done"}, {"date", "10/12/2026"}, {"scope", "Kiểm tra việc thực hiện kế hoạch bình đẳng giới năm 2026"},
        {"findings", "Nhà trường thực hiện đủ các nội dung của kế hoạch."}},
       404, 303},
      {"POST", "/inspections/{id}/followups/{item}", "/inspections/1/followups/2",
       {{"response", "Đã cử 1 thành viên dự tập huấn"}, {"status", "done"}}, 303, 303},
      {"GET", "/hotlines", "/hotlines?org=SGD-AL", nullptr, 403, 200},
      {"POST", "/hotlines", "/hotlines", {{"org", "SGD-AL"}, {"name", "Đường dây nóng thứ hai"}, {"phone", "0200.000.0888"}},
       403, 303},
      {"POST", "/hotlines/display", "/hotlines/display", {{"org", "THPT-VANHA"}, {"displayed", "1"}}, 403, 303},
      {"GET", "/hotlines/{code}", "/hotlines/THCS-TANMY", nullptr, -1, -1},
      {"GET", "/incidents/counts", "/incidents/counts?org=SGD-AL", nullptr, 403, 200},
      {"GET", "/incidents", "/incidents?org=THCS-TANMY", nullptr, 403, 403},
      {"POST", "/incidents", "/incidents",
       {{"org", "THCS-TANMY"}, {"occurred_on", "05/01/2026"}, {"kind", "physical"}, {"sex", "male"}, {"age_band", "11-14"}},
       403, 403},
      {"GET", "/reports", "/reports?org=SGD-AL", nullptr, 403, 200},
      {"GET", "/reports/completeness", "/reports/completeness?org=SGD-AL&period=2025S2", nullptr, 403, 200},
      {"GET", "/reports/{org}/{period}", "/reports/SGD-AL/2025S2", nullptr, 403, 200},
      {"POST", "/reports/{org}/{period}", "/reports/THPT-ANLAC/2026S1", {{"results", "Kết quả"}}, 403, 303},
      {"POST", "/reports/approve", "/reports/approve",
       {{"org", "SGD-AL"}, {"period", "2025S2"}, {"orgs", "THCS-TANMY"}, {"confirm", "1"}}, 403, 303},
      {"POST", "/reports/{org}/{period}/{action}", "/reports/THPT-ANLAC/2026S1/submit", {{"accept_gaps", "1"}}, 403,
       303},
      {"GET", "/", "/", nullptr, 200, 200},
      {"POST", "/logout", "/logout", J::object(), 303, 303},
      {"GET", "/orgunits", "/orgunits", nullptr, 200, 200},
      {"GET", "/orgunits/new", "/orgunits/new", nullptr, 403, 200},
      {"GET", "/orgunits/restructure", "/orgunits/restructure?from=SGD-AL", nullptr, 403, 200},
      {"POST", "/orgunits/restructure", "/orgunits/restructure",
       {{"units", "THPT-ANLAC"}, {"parent", "SGD-AL"}, {"step", "preview"}}, 403, 200},
      {"POST", "/orgunits/restructure/undo", "/orgunits/restructure/undo", {{"parent", "UBND-XA-LONGSON"}}, 403, 404},
      {"POST", "/orgunits", "/orgunits",
       {{"code", "NEW-2"}, {"name", "Trường mới 2"}, {"type", "school_primary"}, {"parent", "SGD-AL"}}, 403, 303},
      {"GET", "/orgunits/{code}", "/orgunits/SGD-AL", nullptr, 403, 200},
      {"GET", "/orgunits/{code}/children", "/orgunits/SGD-AL/children", nullptr, 403, 303},
      {"GET", "/explorer", "/explorer?item=staff_total&org=SGD-AL&period=2025", nullptr, 403, 200},
      {"GET", "/explorer/export.xlsx", "/explorer/export.xlsx?item=staff_total&org=SGD-AL&period=2025", nullptr, 403, 200},
      {"GET", "/explorer/export.csv", "/explorer/export.csv?item=staff_total&org=SGD-AL&period=2025", nullptr, 403, 200},
      {"POST", "/explorer/views", "/explorer/views", {{"name", "Góc nhìn"}, {"query", "items=staff_total&org=SGD-AL&periods=2025"}},
       403, 303},
      {"POST", "/explorer/views/{id}/{action}", "/explorer/views/999999/pin", J::object(), 404, 404},
      {"POST", "/orgunits/{code}", "/orgunits/THPT-VANHA", {{"name", "Trường THPT Vân Hà"}}, 403, 303},
      {"POST", "/orgunits/{code}/move", "/orgunits/THPT-NGOCKHE/move", {{"parent", "SGD-AL"}}, 403, 303},
      {"POST", "/orgunits/{code}/close", "/orgunits/GDTX-AL/close", {{"closed", ""}}, 403, 303},
      {"GET", "/users", "/users", nullptr, 403, 200},
      {"GET", "/users/new", "/users/new", nullptr, 403, 200},
      {"POST", "/users", "/users",
       {{"username", "page.user"}, {"full_name", "Người mới"}, {"org", "SGD-AL"}, {"roles", "viewer"},
        {"password", "password-123"}},
       403, 303},
      {"GET", "/users/{id}", "/users/{user}", nullptr, 403, 200},
      {"POST", "/users/{id}", "/users/{user}", {{"full_name", "Phạm Ngọc Lan"}, {"roles", "viewer"}, {"org", "SGD-AL"}},
       403, 303},
      {"POST", "/users/{id}/password", "/users/{user}/password", {{"password", "password-789"}}, 403, 200},
      {"GET", "/account", "/account", nullptr, 200, 200},
      {"POST", "/account/password", "/account/password",
       {{"current_password", "wrong-password"}, {"new_password", "x-another-1"}, {"confirm_password", "x-another-1"}},
       422, 422},
      {"POST", "/account/tokens", "/account/tokens", {{"name", "Kịch bản"}}, 200, 200},
      {"POST", "/account/tokens/{id}/revoke", "/account/tokens/999999/revoke", J::object(), 404, 404},
      {"GET", "/api/v1/reports/{org}/{period}/consolidated", "/api/v1/reports/SGD-AL/2025S2/consolidated", nullptr, 403,
       200},
      {"GET", "/api/v1/reports/{org}/{period}/consolidated.docx", "/api/v1/reports/SGD-AL/2025S2/consolidated.docx",
       nullptr, 403, 200},
      {"GET", "/api/v1/reports/{org}/{period}/consolidated.xlsx", "/api/v1/reports/SGD-AL/2025S2/consolidated.xlsx",
       nullptr, 403, 200},
      {"GET", "/plans", "/plans?org=SGD-AL", nullptr, 403, 200},
      {"POST", "/plans", "/plans", {{"org", "SGD-AL"}, {"year", "2026"}}, 403, 303},
      {"GET", "/plans/{id}", "/plans/{draft}", nullptr, 403, 200},
      {"GET", "/plans/{id}/edit", "/plans/{draft}/edit", nullptr, 403, 200},
      {"POST", "/plans/{id}/edit", "/plans/{draft}/edit", {{"year", "2026"}, {"subject", "Dự thảo"}, {"op", "add:tasks"}},
       403, 303},
      {"POST", "/plans/{id}/issue", "/plans/{draft}/issue", {{"date", "01/12/2026"}}, 403, 422},
      {"POST", "/plans/{id}/send-for-signature", "/plans/{draft}/send-for-signature", {{"note", ""}}, 403, 422},
      {"POST", "/plans/{id}/send-back", "/plans/{draft}/send-back", {{"comment", "Bổ sung"}}, 403, 409},
      {"POST", "/plans/{id}/versions", "/plans/{plan}/versions", J::object(), 403, 303},
      {"POST", "/plans/{id}/implement", "/plans/{plan}/implement", {{"org", "THPT-VANHA"}}, 403, 303},
  };
}

HttpResult send(HttpClient& c, const Case& k, const std::string& path) {
  if (k.pattern.starts_with("/api/")) return c.json(k.method, path, k.body);
  if (k.method == "GET") return c.get(path);
  std::map<std::string, std::string> fields;
  if (k.body.is_object())
    for (const auto& [key, v] : k.body.items()) fields[key] = v.get<std::string>();
  return c.form(path, fields);
}

class RouteWalk : public LiveServerTest<RouteWalk> {};

TEST_F(RouteWalk, EveryRegisteredRouteHasAScopeCase) {
  http::Metrics metrics;
  http::Router router = http::build_router(metrics);
  const auto table = cases();
  for (const auto& r : router.routes()) {
    bool found = false;
    for (const auto& k : table) found = found || (k.method == r.method && k.pattern == r.pattern);
    EXPECT_TRUE(found) << "no scope case for " << r.method << " " << r.pattern;
  }
}

TEST_F(RouteWalk, StrangersOutsidersAndInsidersGetWhatTheirScopeAllows) {
  HttpClient probe(port());
  ASSERT_TRUE(probe.login("admin", kAdminPassword));
  int64_t user_id = 0;
  auto users = probe.get("/api/v1/users");
  ASSERT_EQ(users.status, 200) << users.body;
  const auto list = users.json();
  for (const auto& u : list["users"])
    if (u["username"] == "so.xem") user_id = u["id"];
  ASSERT_GT(user_id, 0) << users.body;
  auto plan = probe.json("POST", "/api/v1/plans", {{"org", "SGD-AL"}, {"year", 2026}});
  ASSERT_EQ(plan.status, 201) << plan.body;
  const int64_t plan_id = plan.json()["id"];
  auto draft = probe.json("POST", "/api/v1/plans", {{"org", "SGD-AL"}, {"year", 2026}});
  ASSERT_EQ(draft.status, 201) << draft.body;
  const int64_t draft_id = draft.json()["id"];
  std::vector<int64_t> activity_ids;
  for (int i = 0; i < 3; ++i) {
    auto act = probe.json("POST", "/api/v1/activities", {{"org", "SGD-AL"}, {"title", "Hoạt động"}, {"start", "2026-03-08"}});
    ASSERT_EQ(act.status, 201) << act.body;
    activity_ids.push_back(act.json()["id"]);
  }
  const std::string multipart = "--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n"
                                "%PDF-1.4 test\r\n--B--\r\n";
  auto up = probe.request("POST", "/api/v1/activities/" + std::to_string(activity_ids[0]) + "/evidence", multipart,
                          "multipart/form-data; boundary=B", {{"X-CSRF-Token", probe.csrf()}});
  ASSERT_EQ(up.status, 201) << up.body;
  const int64_t evidence_id = up.json()["id"];
  for (const auto& k : cases()) {
    std::string path = k.path;
    if (auto p = path.find("{user}"); p != std::string::npos) path.replace(p, 6, std::to_string(user_id));
    if (auto p = path.find("{plan}"); p != std::string::npos) path.replace(p, 6, std::to_string(plan_id));
    if (auto p = path.find("{draft}"); p != std::string::npos) path.replace(p, 7, std::to_string(draft_id));
    if (auto p = path.find("{activity}"); p != std::string::npos) path.replace(p, 10, std::to_string(activity_ids[0]));
    if (auto p = path.find("{activity2}"); p != std::string::npos) path.replace(p, 11, std::to_string(activity_ids[1]));
    if (auto p = path.find("{activity3}"); p != std::string::npos) path.replace(p, 11, std::to_string(activity_ids[2]));
    if (auto p = path.find("{evidence}"); p != std::string::npos) path.replace(p, 10, std::to_string(evidence_id));
    SCOPED_TRACE(k.method + " " + path);
    HttpClient stranger(port());
    auto anon = send(stranger, k, path);
    if (k.outsider == -1) {  // public: answers without a login (a failed login is a 401 of its own)
      EXPECT_LT(anon.status, 500);
      if (anon.status == 303) {
        EXPECT_FALSE(anon.header("location").starts_with("/login"));
      }
      continue;
    }
    if (k.pattern.starts_with("/api/")) {
      EXPECT_EQ(anon.status, 401);
      EXPECT_TRUE(anon.json()["error"]["code"] == "unauthenticated");
    } else {
      EXPECT_EQ(anon.status, 303);
      EXPECT_TRUE(anon.header("location").starts_with("/login"));
    }
    HttpClient outsider(port());
    ASSERT_TRUE(outsider.login(kOutsider, kAdminPassword));
    EXPECT_EQ(send(outsider, k, path).status, k.outsider);
    HttpClient insider(port());
    ASSERT_TRUE(insider.login("admin", kAdminPassword));
    EXPECT_EQ(send(insider, k, path).status, k.insider);
  }
}

TEST_F(RouteWalk, ListsOnlyShowTheCallersSubtree) {
  HttpClient outsider(port());
  ASSERT_TRUE(outsider.login(kOutsider, kAdminPassword));
  const auto units = outsider.get("/api/v1/orgunits").json()["orgunits"];
  ASSERT_EQ(units.size(), 1u);
  EXPECT_EQ(units[0]["code"], "THCS-TANMY");
  EXPECT_EQ(outsider.get("/orgunits").body.find("SGD-AL"), std::string::npos);
  EXPECT_EQ(outsider.get("/data?org=SGD-AL").body.find("Sở Giáo dục"), std::string::npos);
}

}  // namespace
}  // namespace bd::test
