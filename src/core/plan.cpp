#include "core/plan.h"

namespace bd {

std::string_view plan_status_code(PlanStatus s) {
  switch (s) {
    case PlanStatus::kDraft: return "draft";
    case PlanStatus::kIssued: return "issued";
    case PlanStatus::kSuperseded: return "superseded";
    case PlanStatus::kSigning: return "signing";
  }
  return "draft";
}

std::optional<PlanStatus> parse_plan_status(std::string_view s) {
  for (auto st : {PlanStatus::kDraft, PlanStatus::kIssued, PlanStatus::kSuperseded, PlanStatus::kSigning})
    if (plan_status_code(st) == s) return st;
  return std::nullopt;
}

std::string_view plan_status_label_vi(PlanStatus s) {
  switch (s) {
    case PlanStatus::kDraft: return "Dự thảo";
    case PlanStatus::kIssued: return "Đã ban hành";
    case PlanStatus::kSuperseded: return "Đã được thay thế";
    case PlanStatus::kSigning: return "Chờ ký";
  }
  return "";
}

std::string document_symbol(std::string_view type, std::string_view issuer) {
  std::string out(type);
  out += '-';
  for (char c : issuer)
    if (c != ' ') out += c;
  return out;
}

std::string number_line(int number, std::string_view symbol) {
  const std::string n = (number < 10 ? "0" : "") + std::to_string(number);
  return "Số: " + n + "/" + std::string(symbol);
}

std::string draft_number_line(std::string_view symbol) { return "Số:      /" + std::string(symbol); }

}  // namespace bd
