// A child's copy of its parent's schedule and duties: the groups named are
// the child's own, the months in order, and every observance of the
// gender-equality calendar has its line; its reporting paragraph quotes the
// deadlines the system holds (report_deadlines.h). Pure; no I/O.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include <vector>

#include "core/catalog.h"
#include "core/org.h"

namespace bd::app {

// `responsible` as a unit of type `child` says it: the parent's own offices
// ("Văn phòng Sở", "Công đoàn ngành", "Các đơn vị") become the child's groups
// (a school's "Ban giám hiệu", "Công đoàn trường", "Các tổ chuyên môn").
// Text it does not recognise is kept as written.
std::string local_responsible(const std::string& responsible, OrgType child);
// A preschool's children are "trẻ" where other schools have "học sinh":
// every text of a plan's content said the preschool's way ("Học sinh" →
// "Trẻ", "cha mẹ học sinh" → "cha mẹ trẻ"); other units' content unchanged.
void learners_of(nlohmann::json& content, OrgType child);

// The parent's schedule for a child: responsible groups made local, sorted by
// month (stable: lines of one month keep their order), and a line added in its
// month for each observance no line of that month mentions by name or date.
nlohmann::json implementing_schedule(const nlohmann::json& parent_schedule, OrgType child);

// The reporting paragraph of a plan for `year`: the reports a unit of `type`
// owes, each with the due date the report pages show ("Báo cáo 6 tháng đầu năm
// 2026 gửi về {recipient} chậm nhất ngày 10/06/2026; …"); "" when none is due.
std::string reporting_paragraph(const std::vector<DataSet>& sets, OrgType type, int year,
                                const std::string& recipient);

}  // namespace bd::app
