#include "http/routes/activities/activity_json.h"

#include "core/text.h"

namespace bd::http {

using J = nlohmann::json;

J evidence_json(const EvidenceRecord& e) {
  return {{"id", e.id},
          {"activity_id", e.activity_id},
          {"name", e.original_name},
          {"content_type", e.content_type},
          {"size", e.size},
          {"sha256", e.sha256},
          {"uploaded_at", e.uploaded_at},
          {"uploaded_by", e.uploaded_by},
          {"url", "/api/v1/evidence/" + std::to_string(e.id)}};
}

J activity_json(const app::ActivityView& v) {
  const auto& r = v.record;
  J j = app::activity_audit_json(r);
  j["id"] = r.id;
  j["org"] = v.unit.code;
  j["org_name"] = v.unit.name;
  j["type_label"] = std::string(activity_type_label_vi(r.type));
  j["status_label"] = std::string(activity_status_label_vi(r.status));
  j["dates"] = activity_dates_vi(r);
  j["updated_at"] = r.updated_at;
  j["updated_by"] = r.updated_by;
  j["can_edit"] = v.can_edit;
  J files = J::array();
  for (const auto& e : v.evidence) files.push_back(evidence_json(e));
  j["evidence"] = files;
  if (!v.feed_warning.empty()) j["warning"] = v.feed_warning;
  return j;
}

Response evidence_download(const app::EvidenceFile& f) {
  Response r;
  r.status = 200;
  r.content_type = f.record.content_type;
  r.body = f.bytes;
  std::string ascii;
  for (unsigned char c : text::fold(f.record.original_name))
    ascii += (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') ? static_cast<char>(c) : '_';
  r.header("Content-Disposition",
           "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + url_encode(f.record.original_name));
  return r;
}

}  // namespace bd::http
