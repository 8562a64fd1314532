// Sending a plan to be signed ("trình ký"): the unit's editor sends a
// finished draft to the head of the unit with a note; the head issues it
// (Plans::issue) or sends it back to draft with a comment. Each step is
// audited, and the last sending is kept with the plan for both to read.
#include <functional>

#include "app/access.h"
#include "app/audit.h"
#include "app/plans/plans.h"
#include "core/text.h"

namespace bd::app {
namespace {

using nlohmann::json;

constexpr size_t kMaxNoteLength = 1000;

// A note or comment as kept: one paragraph, within the limit.
Result<std::string> short_text(std::string_view in, const char* field, const char* what) {
  if (const std::string bad = text::forbidden_character(in); !bad.empty())
    return Error::Validation(std::string(what) + " chứa ký tự không được phép (" + bad + ").", field);
  std::string s = text::clean(in);
  if (text::length(s) > kMaxNoteLength)
    return Error::Validation(std::string(what) + " quá dài (tối đa 1.000 ký tự).", field);
  return s;
}

std::string name_of(const Actor& a) { return a.full_name.empty() ? a.username : a.full_name; }

// In one transaction: loads the plan, stamps it, lets `step` check and
// change it, then writes it with the audit entry `action`.
Result<PlanView> change(storage::Store& store, const Clock& clock, const Actor& a, int64_t id, const char* action,
                        const std::function<Status(PlanRecord&, const OrgUnit&)>& step) {
  PlanView v;
  Status st = store.write([&](storage::Tx& tx) -> Status {
    auto l = load_plan(tx, a, id);
    if (!l) return l.error();
    auto [p, org] = *l;
    const PlanRecord before = p;
    p.updated_at = clock.now();
    p.updated_by = a.username;
    if (Status s = step(p, org); !s) return s;
    tx.update_plan(p);
    tx.add_audit(audit_entry(a, p.updated_at, action, "plan", std::to_string(p.id), plan_audit_json(before),
                             plan_audit_json(p)));
    v = get_view(tx, p);
    return Status::Ok();
  });
  if (!st) return st.error();
  return v;
}

}  // namespace

std::optional<PlanSigning> plan_signing(const PlanRecord& p) {
  if (p.signing.empty()) return std::nullopt;
  const json j = json::parse(p.signing, nullptr, false);
  if (!j.is_object()) return std::nullopt;
  PlanSigning s;
  s.note = j.value("note", "");
  s.sent_by = j.value("sent_by", "");
  s.sent_by_name = j.value("sent_by_name", "");
  s.sent_at = j.value("sent_at", int64_t{0});
  s.comment = j.value("comment", "");
  s.returned_by = j.value("returned_by", "");
  s.returned_by_name = j.value("returned_by_name", "");
  s.returned_at = j.value("returned_at", int64_t{0});
  return s;
}

Result<PlanView> Plans::send_for_signature(const Actor& a, int64_t id, const std::string& note_in) {
  auto note = short_text(note_in, "note", "Ghi chú trình ký");
  if (!note) return note.error();
  return change(store_, clock_, a, id, "send_for_signature", [&](PlanRecord& p, const OrgUnit& org) -> Status {
    if (Status s = can_enter_data(a, org); !s) return s;
    if (p.status == PlanStatus::kSigning) return Error::Conflict("Kế hoạch đã được trình ký, đang chờ ký.");
    if (p.status != PlanStatus::kDraft) return Error::Conflict("Chỉ trình ký được kế hoạch còn là dự thảo.");
    if (auto missing = not_ready_to_issue(p, org)) {
      missing->message.replace(0, std::string("Chưa ban hành được").size(), "Chưa trình ký được");
      return *missing;
    }
    p.status = PlanStatus::kSigning;
    p.signing = json{{"note", *note}, {"sent_by", a.username}, {"sent_by_name", name_of(a)}, {"sent_at", p.updated_at}}
                    .dump();
    return Status::Ok();
  });
}

Result<PlanView> Plans::send_back(const Actor& a, int64_t id, const std::string& comment_in) {
  auto comment = short_text(comment_in, "comment", "Ý kiến");
  if (!comment) return comment.error();
  return change(store_, clock_, a, id, "send_back", [&](PlanRecord& p, const OrgUnit& org) -> Status {
    if (Status s = can_issue_for(a, org); !s) return s;
    if (p.status != PlanStatus::kSigning) return Error::Conflict("Chỉ trả lại được kế hoạch đang chờ ký.");
    if (comment->empty()) return Error::Validation("Cần ghi rõ cần sửa gì để người soạn biết.", "comment");
    json s = json::parse(p.signing.empty() ? "{}" : p.signing, nullptr, false);
    if (!s.is_object()) s = json::object();
    s["comment"] = *comment;
    s["returned_by"] = a.username;
    s["returned_by_name"] = name_of(a);
    s["returned_at"] = p.updated_at;
    p.status = PlanStatus::kDraft;
    p.signing = s.dump();
    return Status::Ok();
  });
}

}  // namespace bd::app
