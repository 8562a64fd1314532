// Use cases for plans (kế hoạch): draft, edit, issue (numbered, dated,
// read-only), new version, draft a plan implementing a parent's plan, the
// parent's coverage, and the official .docx.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/context.h"
#include "app/plans/access.h"
#include "core/plan.h"
#include "documents/official_document.h"
#include "storage/store.h"

namespace bd::app {

struct PlanView {
  PlanRecord record;
  std::string org_code, org_name;
  std::string number_line;     // "Số: 05/KH-THCSTM" or the draft form
  nlohmann::json content;      // normalised content
};

struct CoverageRow {
  std::string org_code, org_name;
  std::string state;           // "issued", "draft", "none"
  std::optional<int64_t> plan_id;
};

struct Coverage {
  std::vector<CoverageRow> rows;
  int issued = 0, drafts = 0, none = 0;
  double percent = 0;          // issued ÷ children × 100
};

class Plans {
 public:
  Plans(storage::Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  Result<std::vector<PlanView>> list(const Actor& a, const std::string& org);
  Result<PlanView> get(const Actor& a, int64_t id);
  Result<PlanView> create(const Actor& a, const std::string& org, const nlohmann::json& content);
  Result<PlanView> update(const Actor& a, int64_t id, const nlohmann::json& content);
  // Assigns the next number of the unit's year and the date (today when
  // empty). Refused without place, date, signer and an objective.
  Result<PlanView> issue(const Actor& a, int64_t id, const std::string& date);
  // Sends a finished draft to the head of the unit to sign ("trình ký"),
  // with an optional note; the unit's editors (plan_signing.cpp). Refused
  // while the draft lacks what issuing needs.
  Result<PlanView> send_for_signature(const Actor& a, int64_t id, const std::string& note);
  // The signer sends it back to draft with a comment (required); issue()
  // signs it.
  Result<PlanView> send_back(const Actor& a, int64_t id, const std::string& comment);
  Result<PlanView> new_version(const Actor& a, int64_t id);
  // A draft for `org` implementing the issued plan `parent_id` of one of its
  // ancestors: objectives, targets and the tasks that apply to its type.
  Result<PlanView> implement(const Actor& a, int64_t parent_id, const std::string& org);
  Result<Coverage> coverage(const Actor& a, int64_t id);
  // The issued plans of `org`'s ancestors, nearest first: what it can implement.
  Result<std::vector<PlanView>> to_implement(const Actor& a, const std::string& org);
  Result<documents::OfficialDocument> document(const Actor& a, int64_t id);
  // What the actor may do with `org`'s plans (none outside its subtree).
  Result<PlanRights> rights(const Actor& a, const std::string& org);

 private:
  storage::Store& store_;
  const Clock& clock_;
};


// The view of a stored plan (its unit, number line, parsed content).
PlanView get_view(storage::Tx& tx, const PlanRecord& p);

// An issued plan keeps its header as it was issued, whatever later happens
// to the tree (renamings, moves, a new governing body): the issuer's name,
// its document symbol and the governing body line, kept in its content
// under this key when it is issued.
inline constexpr const char* kIssuedAs = "issued_as";
struct IssuedHeader {
  std::string issuer, symbol, governing_body;
};
// The header kept in an issued plan's content; nullopt for a draft (and for
// plans issued before headers were kept, which follow the tree).
std::optional<IssuedHeader> issued_header(const nlohmann::json& content);
// The governing body line of a plan of `org` now: the content's own, else
// the unit's governing body, else its parent ("" for a root).
std::string governing_body_of(storage::Tx& tx, const OrgUnit& org, const nlohmann::json& content);
// The unit's governing body now (governing_body_name in core/org.h).
std::string governing_body_of(storage::Tx& tx, const OrgUnit& org);

// The place and the signature block a unit's documents carry
// (plan_document.cpp): "KT. HIỆU TRƯỞNG" / "PHÓ HIỆU TRƯỞNG" / name.
struct DocumentSignature {
  std::string place, authority, title, name;
};
DocumentSignature signature_of(const nlohmann::json& content);
// Those of the unit's latest issued plan, else of its latest plan: what its
// reports carry. Empty when it has no plan.
DocumentSignature document_signature(storage::Tx& tx, const OrgUnit& org);

// For plans*.cpp: a plan with its unit once the actor may read it; its
// record for the audit log; why it cannot be issued yet (nullopt: it can).
Result<std::pair<PlanRecord, OrgUnit>> load_plan(storage::Tx& tx, const Actor& a, int64_t id);
nlohmann::json plan_audit_json(const PlanRecord& p);
std::optional<Error> not_ready_to_issue(const PlanRecord& p, const OrgUnit& org);

// The last sending for signature of a plan (PlanRecord::signing).
struct PlanSigning {
  std::string note, sent_by, sent_by_name;
  int64_t sent_at = 0;
  std::string comment, returned_by, returned_by_name;  // once sent back
  int64_t returned_at = 0;
};
std::optional<PlanSigning> plan_signing(const PlanRecord& p);

// Validates and normalises plan content (NFC, trimmed, size limits, only
// known fields). Errors name the field ("objectives[2].targets[0].value").
Result<nlohmann::json> normalize_plan_content(const nlohmann::json& in);
// The JSON Schema of what normalize_plan_content accepts (the API document's).
nlohmann::json plan_content_schema();

}  // namespace bd::app
