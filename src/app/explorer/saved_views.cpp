#include "app/explorer/saved_views.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "app/audit.h"
#include "core/text.h"

namespace bd::app {
namespace {

const char* kNotFound = "Không tìm thấy góc nhìn đã lưu này.";

nlohmann::json audit_json(const storage::SavedView& v) {
  return {{"name", v.name}, {"query", v.query}, {"pinned", v.pinned}};
}

Status signed_in(const Actor& a) {
  if (a.user_id == 0) return Error::Forbidden("Chỉ người dùng đã đăng nhập mới lưu được góc nhìn.");
  return Status::Ok();
}

// The view, when it is the actor's own (another's is "not found", so ids
// reveal nothing).
Result<storage::SavedView> own_view(storage::Tx& tx, const Actor& a, int64_t id) {
  auto v = tx.view(id);
  if (!v || v->user_id != a.user_id) return Error::NotFound(kNotFound);
  return *v;
}

}  // namespace

Result<std::vector<storage::SavedView>> SavedViews::list(const Actor& a) {
  if (Status s = signed_in(a); !s) return s.error();
  std::vector<storage::SavedView> out;
  Status st = store_.read([&](storage::Tx& tx) {
    out = tx.views_of(a.user_id);
    return Status::Ok();
  });
  if (!st) return st.error();
  text::sort_vi(out, [](const storage::SavedView& v) { return v.name; });
  return out;
}

Result<std::vector<storage::SavedView>> SavedViews::pinned(const Actor& a) {
  auto all = list(a);
  if (!all) return all;
  std::erase_if(*all, [](const storage::SavedView& v) { return !v.pinned; });
  return all;
}

Result<storage::SavedView> SavedViews::save(const Actor& a, std::string name, const ExplorerQuery& q, bool pinned) {
  if (Status s = signed_in(a); !s) return s.error();
  if (!text::valid_utf8(name)) return Error::BadRequest("Tên góc nhìn: văn bản không đúng mã UTF-8.", "name");
  if (auto bad = text::forbidden_character(name); !bad.empty())
    return Error::Validation("Tên góc nhìn có ký tự không được phép (" + bad + "), hãy gõ lại tên.", "name");
  name = text::clean(name);
  if (name.empty()) return Error::Validation("Tên góc nhìn không được để trống.", "name");
  if (text::length(name) > 120) return Error::Validation("Tên góc nhìn dài quá 120 ký tự.", "name");
  storage::SavedView v;
  v.user_id = a.user_id;
  v.name = name;
  v.query = q.to_query();
  v.pinned = pinned;
  v.created_at = clock_.now();
  Status st = store_.write([&](storage::Tx& tx) -> Status {
    auto mine = tx.views_of(a.user_id);
    if (std::any_of(mine.begin(), mine.end(), [&](const auto& m) { return m.name == v.name; }))
      return Error::Conflict("Đã có góc nhìn tên \"" + v.name + "\". Hãy đặt tên khác.", "name");
    if (mine.size() >= kMaxSavedViews)
      return Error::Conflict("Mỗi người lưu được tối đa " + std::to_string(kMaxSavedViews) +
                             " góc nhìn. Hãy xoá bớt góc nhìn cũ.");
    tx.insert_view(v);
    tx.add_audit(audit_entry(a, v.created_at, "create", "saved_view", std::to_string(v.id), nullptr, audit_json(v)));
    return Status::Ok();
  });
  if (!st) return st.error();
  return v;
}

Status SavedViews::set_pinned(const Actor& a, int64_t id, bool pinned) {
  if (Status s = signed_in(a); !s) return s;
  return store_.write([&](storage::Tx& tx) -> Status {
    auto v = own_view(tx, a, id);
    if (!v) return v.error();
    const auto before = audit_json(*v);
    v->pinned = pinned;
    tx.update_view(*v);
    tx.add_audit(audit_entry(a, clock_.now(), "update", "saved_view", std::to_string(id), before, audit_json(*v)));
    return Status::Ok();
  });
}

Status SavedViews::remove(const Actor& a, int64_t id) {
  if (Status s = signed_in(a); !s) return s;
  return store_.write([&](storage::Tx& tx) -> Status {
    auto v = own_view(tx, a, id);
    if (!v) return v.error();
    tx.delete_view(id);
    tx.add_audit(audit_entry(a, clock_.now(), "delete", "saved_view", std::to_string(id), audit_json(*v), nullptr));
    return Status::Ok();
  });
}

}  // namespace bd::app
