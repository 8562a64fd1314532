// Plans (kế hoạch) as data: status, number and symbol, and the rules for
// issuing. The content (objectives, tasks, schedule, …) is structured JSON
// held by app/plans/plans.cpp; this header keeps what needs no JSON.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"

namespace bd {

// A draft may be sent to the head of the unit to sign (kSigning, "trình
// ký"), who issues it or sends it back to draft with a comment.
enum class PlanStatus { kDraft, kIssued, kSuperseded, kSigning };
std::string_view plan_status_code(PlanStatus s);  // "draft", "issued", "superseded", "signing"
std::optional<PlanStatus> parse_plan_status(std::string_view s);
std::string_view plan_status_label_vi(PlanStatus s);

struct PlanRecord {
  int64_t id = 0;
  int64_t org_id = 0;
  int year = 0;              // numbering restarts each year
  int number = 0;            // 0 until issued
  PlanStatus status = PlanStatus::kDraft;
  std::optional<int64_t> parent_plan_id;  // the plan it implements
  std::string issued_on;     // ISO date, set when issued
  int version = 1;
  std::optional<int64_t> supersedes_id;
  std::string content;       // JSON (app/plans/plans.cpp)
  // The last sending for signature, JSON (app/plans/plan_signing.cpp): the
  // note and who sent it when; the comment, who and when, once sent back.
  std::string signing;
  int64_t updated_at = 0;
  std::string updated_by;
};

// "KH-THCSBVĐ": document type, '-', the issuer's abbreviation, no spaces.
std::string document_symbol(std::string_view type, std::string_view issuer_abbreviation);
// "Số: 05/KH-THCSBVĐ" (a number below 10 gets a leading zero).
std::string number_line(int number, std::string_view symbol);
// "Số:      /KH-THCSBVĐ" for a draft that has no number yet.
std::string draft_number_line(std::string_view symbol);

}  // namespace bd
