#include "app/interop/external_ids.h"

#include <map>
#include <set>

#include "app/access.h"
#include "app/audit.h"
#include "app/interop/id_schemes.h"
#include "core/text.h"

namespace bd::app {
namespace {

constexpr size_t kMaxRows = 100000;

bool name_char(char c, bool first) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' ||
         (!first && ((c >= '0' && c <= '9') || c == '-' || c == '.'));
}

// A system's name, and an ADX attribute name: letters, digits, _ - . and
// not starting with a digit, so it can stand as an XML attribute.
bool valid_name(std::string_view s, size_t max) {
  if (s.empty() || s.size() > max) return false;
  for (size_t i = 0; i < s.size(); ++i)
    if (!name_char(s[i], i == 0)) return false;
  return true;
}

// Whether `code` names an item of `kind` here.
bool exists(storage::Tx& tx, const Analytics& analytics, const std::vector<DataSet>& sets, const std::string& kind,
            const std::string& code) {
  if (kind == "dataElement") return analytics.element_by_code(code).has_value();
  if (kind == "orgUnit") return tx.org_by_code(code).has_value();
  if (kind == "category") return find_category(code) != nullptr;
  if (kind == "dataSet") {
    for (const auto& d : sets)
      if (d.code == code) return true;
    return false;
  }
  if (code == "default") return true;  // the combination of no option
  for (const auto& c : categories())
    if (option_index(c, code) >= 0) return true;
  return false;
}

}  // namespace

Result<std::vector<std::string>> ExternalIds::systems(const Actor&) {
  std::vector<std::string> out;
  Status st = store_.read([&](storage::Tx& tx) {
    out = tx.external_systems();
    return Status::Ok();
  });
  if (!st) return st.error();
  return out;
}

Result<std::vector<storage::ExternalId>> ExternalIds::list(const Actor&, const std::string& system) {
  if (!valid_name(system, 50)) return Error::BadRequest("Tên hệ thống không hợp lệ.", "system");
  std::vector<storage::ExternalId> out;
  Status st = store_.read([&](storage::Tx& tx) {
    out = tx.external_ids(system);
    return Status::Ok();
  });
  if (!st) return st.error();
  return out;
}

Result<int> ExternalIds::put(const Actor& a, const std::string& system, const std::vector<ExternalIdInput>& rows) {
  if (!valid_name(system, 50))
    return Error::BadRequest("Tên hệ thống chỉ gồm chữ không dấu, số, _ - . (tối đa 50 ký tự), ví dụ DHIS2-TINH.",
                             "system");
  if (rows.empty()) return Error::BadRequest("Không có mã nào để lưu.", "mappings");
  if (rows.size() > kMaxRows)
    return Error::BadRequest("Mỗi lần tối đa " + std::to_string(kMaxRows) + " mã.", "mappings");
  const bool admin = a.system || a.roles.has(Role::kAdmin);
  if (!admin && !a.roles.has(Role::kManager))
    return Error::Forbidden("Chỉ quản trị viên (hoặc người quản lý, với mã của đơn vị) được sửa bảng mã.");
  int changed = 0;
  Status st = store_.write([&](storage::Tx& tx) -> Status {
    Error invalid = Error::Validation("Bảng mã chưa hợp lệ; chưa lưu mã nào.", "mappings");
    const auto sets = tx.data_sets();
    std::map<std::string, std::string> stored;  // kind|code → external
    for (const auto& id : tx.external_ids(system)) stored[id.kind + "|" + id.code] = id.external;
    std::map<std::string, std::string> final_state = stored;
    std::map<std::string, size_t> row_of;  // kind|code → its row in the batch
    std::set<std::string> seen;
    for (size_t i = 0; i < rows.size(); ++i) {
      const auto& r = rows[i];
      const std::string field = "mappings[" + std::to_string(i) + "]";
      auto fail = [&](const std::string& m) { invalid.details.emplace_back(field, m); };
      if (!is_id_kind(r.kind)) {
        fail("Loại \"" + r.kind + "\" không hợp lệ: dataElement, orgUnit, categoryOption, category hoặc dataSet.");
        continue;
      }
      if (!exists(tx, analytics_, sets, r.kind, r.code)) {
        fail("Không có " + r.kind + " mã \"" + r.code + "\".");
        continue;
      }
      if (r.kind == "orgUnit" && !admin) {
        if (Status s = can_enter_data(a, *tx.org_by_code(r.code)); !s) {
          fail(r.code + ": " + s.error().message);
          continue;
        }
      } else if (!admin) {
        fail(r.kind + " \"" + r.code + "\": chỉ quản trị viên được sửa mã của danh mục.");
        continue;
      }
      if (!seen.insert(r.kind + "|" + r.code).second) fail(r.kind + " \"" + r.code + "\" được ghi hai lần.");
      if (r.external.empty()) continue;  // removes the mapping
      if (r.external.size() > 100 || text::clean(r.external) != r.external ||
          !text::forbidden_character(r.external).empty())
        fail(r.code + ": mã ngoài \"" + r.external + "\" không hợp lệ (tối đa 100 ký tự, không có khoảng trắng đầu "
             "cuối hay ký tự điều khiển).");
      else if (r.kind == "category" && !valid_name(r.external, 100))
        fail(r.code + ": tên phân tổ \"" + r.external + "\" phải là tên thuộc tính XML (chữ không dấu, số, _ - .).");
      row_of[r.kind + "|" + r.code] = i;
    }
    for (const auto& r : rows)
      if (is_id_kind(r.kind)) {
        if (r.external.empty()) final_state.erase(r.kind + "|" + r.code);
        else final_state[r.kind + "|" + r.code] = r.external;
      }
    // After the batch, one identifier names one item of a kind.
    std::map<std::string, std::string> owner;  // kind|external → kind|code
    for (const auto& [key, external] : final_state) {
      const std::string kind = key.substr(0, key.find('|'));
      auto [it, fresh] = owner.emplace(kind + "|" + external, key);
      if (fresh) continue;
      const auto row = row_of.count(key) ? row_of[key] : row_of[it->second];
      invalid.details.emplace_back("mappings[" + std::to_string(row) + "]",
                                   "Mã ngoài \"" + external + "\" dùng cho cả \"" + it->second.substr(kind.size() + 1) +
                                       "\" và \"" + key.substr(kind.size() + 1) + "\".");
    }
    if (!invalid.details.empty()) {
      invalid.message = invalid.details.size() == 1 ? invalid.details[0].second
                                                     : "Có " + std::to_string(invalid.details.size()) +
                                                           " lỗi trong bảng mã; chưa lưu mã nào.";
      return invalid;
    }
    nlohmann::json before = nlohmann::json::array(), after = nlohmann::json::array();
    // Removals first, so an identifier can move from one code to another.
    for (const auto& r : rows) {
      auto old = stored.find(r.kind + "|" + r.code);
      if (old == stored.end() || old->second == r.external) continue;
      tx.delete_external_id(system, r.kind, r.code);
      before.push_back({{"kind", r.kind}, {"code", r.code}, {"external", old->second}});
      if (r.external.empty()) ++changed;
    }
    for (const auto& r : rows) {
      auto old = stored.find(r.kind + "|" + r.code);
      if (r.external.empty() || (old != stored.end() && old->second == r.external)) continue;
      tx.put_external_id({system, r.kind, r.code, r.external});
      after.push_back({{"kind", r.kind}, {"code", r.code}, {"external", r.external}});
      ++changed;
    }
    if (changed) tx.add_audit(audit_entry(a, clock_.now(), "update", "external_ids", system, before, after));
    return Status::Ok();
  });
  if (!st) return st.error();
  return changed;
}

Result<std::vector<ExternalIdInput>> ExternalIds::parse_csv(std::string_view bytes) {
  // The exchange CSV reader's rules (quotes, BOM, UTF-8), on three columns.
  std::string padded;
  std::vector<ExternalIdInput> out;
  size_t line = 0, start = 0;
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  if (!text::valid_utf8(bytes)) return Error::BadRequest("Tệp CSV không phải mã UTF-8.", "file");
  while (start < bytes.size()) {
    size_t end = bytes.find('\n', start);
    if (end == std::string_view::npos) end = bytes.size();
    std::string_view row = bytes.substr(start, end - start);
    start = end + 1;
    ++line;
    if (!row.empty() && row.back() == '\r') row.remove_suffix(1);
    if (row.empty()) continue;
    std::vector<std::string> f;
    size_t p = 0;
    while (true) {
      const size_t comma = row.find(',', p);
      f.emplace_back(row.substr(p, comma == std::string_view::npos ? std::string_view::npos : comma - p));
      if (comma == std::string_view::npos) break;
      p = comma + 1;
    }
    if (line == 1 && f[0] == "kind") continue;
    if (f.size() != 3)
      return Error::BadRequest("Tệp CSV, dòng " + std::to_string(line) + ": cần đúng 3 cột kind,code,external.",
                               "file");
    if (out.size() >= kMaxRows) return Error::BadRequest("Tệp có quá nhiều dòng.", "file");
    out.push_back({f[0], f[1], f[2]});
  }
  if (out.empty()) return Error::BadRequest("Tệp CSV không có dòng nào.", "file");
  return out;
}

}  // namespace bd::app
