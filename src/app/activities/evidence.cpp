#include "app/activities/evidence.h"

#include <filesystem>
#include <fstream>

#include <sodium.h>

#include "app/access.h"
#include "app/audit.h"

namespace bd::app {
namespace fs = std::filesystem;
namespace {

std::string hex(const unsigned char* p, size_t n) {
  static const char* digits = "0123456789abcdef";
  std::string s;
  for (size_t i = 0; i < n; ++i) {
    s += digits[p[i] >> 4];
    s += digits[p[i] & 15];
  }
  return s;
}

std::string random_name() {
  unsigned char b[16];
  randombytes_buf(b, sizeof b);
  return hex(b, sizeof b);
}

// Stored names are exactly 32 lower-case hex digits: no path can be built
// from anything else.
bool safe_stored_name(const std::string& s) {
  return s.size() == 32 && s.find_first_not_of("0123456789abcdef") == std::string::npos;
}

nlohmann::json audit_json(const EvidenceRecord& e) {
  return {{"activity_id", e.activity_id}, {"name", e.original_name}, {"content_type", e.content_type},
          {"size", e.size}, {"sha256", e.sha256}};
}

Result<OrgUnit> unit_of_activity(storage::Tx& tx, int64_t activity_id) {
  auto act = tx.activity_by_id(activity_id);
  if (!act) return Error::NotFound("Không tìm thấy hoạt động.");
  auto org = tx.org_by_id(act->org_id);
  if (!org) return Error::Internal("Hoạt động thuộc đơn vị không tồn tại.");
  return *org;
}

}  // namespace

std::string sha256_hex(std::string_view bytes) {
  unsigned char out[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(out, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  return hex(out, sizeof out);
}

std::string Evidence::path_of(const std::string& stored_name) const { return (fs::path(dir_) / stored_name).string(); }

Result<EvidenceRecord> Evidence::add(const Actor& a, int64_t activity_id, const std::string& name,
                                     const std::string& bytes) {
  if (bytes.empty()) return Error::Validation("Tệp minh chứng trống.", "file");
  if (bytes.size() > kMaxEvidenceBytes)
    return Error{ErrorCode::kTooLarge, "Tệp minh chứng quá lớn (tối đa 10 MB).", "file", {}};
  const EvidenceKind kind = detect_evidence_kind(bytes);
  const std::string clean_name = sanitize_file_name(name);
  if (kind == EvidenceKind::kUnknown || !evidence_extension_matches(clean_name, kind))
    return Error{ErrorCode::kUnsupportedMediaType,
            "Chỉ nhận ảnh JPEG, PNG, tệp PDF, Word (.docx) hoặc Excel (.xlsx), và phần mở rộng phải đúng với nội "
            "dung tệp.",
            "file",
            {}};
  EvidenceRecord e;
  e.activity_id = activity_id;
  e.original_name = clean_name;
  e.content_type = std::string(evidence_content_type(kind));
  e.size = static_cast<int64_t>(bytes.size());
  e.sha256 = sha256_hex(bytes);
  e.stored_name = random_name();
  e.uploaded_at = clock_.now();
  e.uploaded_by = a.username;
  // Check access before touching the disk.
  Status st = store_.read([&](storage::Tx& tx) -> Status {
    auto org = unit_of_activity(tx, activity_id);
    if (!org) return org.error();
    return can_enter_data(a, *org);
  });
  if (!st) return st.error();
  std::error_code ec;
  fs::create_directories(dir_, ec);
  const std::string path = path_of(e.stored_name);
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) return Error::Internal("Không ghi được tệp minh chứng.");
  }
  st = store_.write([&](storage::Tx& tx) -> Status {
    auto org = unit_of_activity(tx, activity_id);
    if (!org) return org.error();
    if (Status s = can_enter_data(a, *org); !s) return s;
    tx.insert_evidence(e);
    tx.add_audit(audit_entry(a, e.uploaded_at, "create", "evidence", std::to_string(e.id), nullptr, audit_json(e)));
    return Status::Ok();
  });
  if (!st) {
    fs::remove(path, ec);
    return st.error();
  }
  return e;
}

Result<EvidenceFile> Evidence::get(const Actor& a, int64_t id) {
  EvidenceFile f;
  Status st = store_.read([&](storage::Tx& tx) -> Status {
    auto e = tx.evidence_by_id(id);
    if (!e) return Error::NotFound("Không tìm thấy tệp minh chứng.");
    auto org = unit_of_activity(tx, e->activity_id);
    if (!org) return org.error();
    if (Status s = can_view(a, *org); !s) return s;
    f.record = *e;
    return Status::Ok();
  });
  if (!st) return st.error();
  if (!safe_stored_name(f.record.stored_name)) return Error::NotFound("Không tìm thấy tệp minh chứng.");
  std::ifstream in(path_of(f.record.stored_name), std::ios::binary);
  if (!in) return Error::NotFound("Tệp minh chứng không còn trên máy chủ.");
  f.bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return f;
}

Status Evidence::remove(const Actor& a, int64_t id) {
  EvidenceRecord e;
  Status st = store_.write([&](storage::Tx& tx) -> Status {
    auto found = tx.evidence_by_id(id);
    if (!found) return Error::NotFound("Không tìm thấy tệp minh chứng.");
    auto org = unit_of_activity(tx, found->activity_id);
    if (!org) return org.error();
    if (Status s = can_enter_data(a, *org); !s) return s;
    e = *found;
    tx.delete_evidence(id);
    tx.add_audit(audit_entry(a, clock_.now(), "delete", "evidence", std::to_string(id), audit_json(e), nullptr));
    return Status::Ok();
  });
  if (!st) return st;
  std::error_code ec;
  if (safe_stored_name(e.stored_name)) fs::remove(path_of(e.stored_name), ec);
  return Status::Ok();
}

Status Evidence::remove_files_of(const Actor& a, int64_t activity_id) {
  std::vector<EvidenceRecord> files;
  Status st = store_.read([&](storage::Tx& tx) -> Status {
    auto org = unit_of_activity(tx, activity_id);
    if (!org) return org.error();
    if (Status s = can_enter_data(a, *org); !s) return s;
    files = tx.evidence_of(activity_id);
    return Status::Ok();
  });
  if (!st) return st;
  std::error_code ec;
  for (const auto& e : files)
    if (safe_stored_name(e.stored_name)) fs::remove(path_of(e.stored_name), ec);
  return Status::Ok();
}

}  // namespace bd::app
