#include "http/pages/plans/plan_form.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <cmath>
#include <cstdlib>
#include <set>
#include <vector>

#include "core/numbers.h"

namespace bd::http::pages {
namespace {

using nlohmann::json;

const std::set<std::string, std::less<>> kTopLevel = {
    "year",   "period_from", "period_to", "subject",   "place",   "governing_body", "basis",    "general_objective",
    "objectives", "tasks",   "duties",    "reporting", "closing", "recipients",     "signer",   "schedule"};
const std::set<std::string, std::less<>> kIntegers = {"year", "period_from", "period_to", "month"};
const std::set<std::string, std::less<>> kLines = {"basis", "recipients", "actions"};

bool all_digits(std::string_view s) {
  return !s.empty() && s.size() < 5 && std::all_of(s.begin(), s.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
}

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t end = s.find(sep, start);
    out.emplace_back(s.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) return out;
    start = end + 1;
  }
}

std::string trim(std::string_view s) {
  const size_t a = s.find_first_not_of(" \t\r\n");
  if (a == std::string_view::npos) return "";
  return std::string(s.substr(a, s.find_last_not_of(" \t\r\n") - a + 1));
}

// The value of one field, converted by its name; null when it is left out.
json leaf(const std::string& key, const std::string& raw) {
  const std::string v = trim(raw);
  if (kIntegers.contains(key)) {
    if (v.empty()) return nullptr;
    if (all_digits(v)) return std::stoi(v);
    return v;
  }
  if (key == "value") {
    if (v.empty()) return nullptr;
    // "40,5" and "1.500,5": the one Vietnamese reading (core/numbers.h).
    if (auto d = parse_vi_number(v)) return *d;
    return v;
  }
  if (kLines.contains(key)) {
    json lines = json::array();
    for (const auto& line : split(raw, '\n'))
      if (auto t = trim(line); !t.empty()) lines.push_back(t);
    return lines;
  }
  return raw;
}

// Objects whose keys are all indices become arrays, in index order.
json compact(json j) {
  if (!j.is_object()) return j;
  bool indexed = !j.empty();
  for (auto& [k, v] : j.items()) {
    v = compact(v);
    indexed = indexed && all_digits(k);
  }
  if (!indexed) return j;
  std::vector<std::pair<int, json>> items;
  for (auto& [k, v] : j.items()) items.emplace_back(std::stoi(k), std::move(v));
  std::sort(items.begin(), items.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  json out = json::array();
  for (auto& [i, v] : items) out.push_back(std::move(v));
  return out;
}

std::string pattern_of(std::string_view path) {
  std::string out;
  for (const auto& seg : split(path, '.')) out += (out.empty() ? "" : ".") + (all_digits(seg) ? "*" : seg);
  return out;
}

json new_item(const std::string& pattern) {
  if (pattern == "objectives") return {{"title", ""}, {"targets", json::array()}};
  if (pattern == "objectives.*.targets") return {{"text", ""}};
  if (pattern == "tasks") return {{"title", ""}, {"actions", json::array()}, {"responsible", ""}, {"timeframe", ""}};
  if (pattern == "duties") return {{"unit", ""}, {"text", ""}};
  return {{"month", 1}, {"work", ""}, {"responsible", ""}};  // schedule
}

// The node at `path`; `create` makes a missing last list.
json* resolve(json& root, std::string_view path, bool create) {
  json* node = &root;
  const auto segs = split(path, '.');
  for (size_t i = 0; i < segs.size(); ++i) {
    const auto& s = segs[i];
    if (all_digits(s)) {
      const size_t idx = std::stoul(s);
      if (!node->is_array() || idx >= node->size()) return nullptr;
      node = &(*node)[idx];
    } else {
      if (!node->is_object()) return nullptr;
      if (!node->contains(s)) {
        if (!create || i + 1 != segs.size()) return nullptr;
        (*node)[s] = json::array();
      }
      node = &(*node)[s];
    }
  }
  return node;
}

Error bad_op() { return Error::BadRequest("Thao tác không hợp lệ trên bố cục kế hoạch.", "op"); }

const std::map<std::string, std::string, std::less<>> kLeafLabels = {
    {"year", "Năm"}, {"period_from", "Năm bắt đầu giai đoạn"}, {"period_to", "Năm kết thúc giai đoạn"},
    {"subject", "Trích yếu"}, {"place", "Địa danh"}, {"governing_body", "Cơ quan chủ quản"}, {"basis", "Căn cứ"},
    {"general_objective", "Mục tiêu chung"}, {"title", "Nội dung"}, {"text", "Nội dung"}, {"indicator", "Chỉ số"},
    {"comparator", "Phép so sánh"}, {"value", "Mức chỉ tiêu"}, {"when", "Thời hạn"}, {"actions", "Các hoạt động"},
    {"responsible", "Người, đơn vị thực hiện"}, {"timeframe", "Thời gian thực hiện"}, {"applies_to", "Áp dụng cho"},
    {"unit", "Đơn vị"}, {"reporting", "Chế độ báo cáo"}, {"closing", "Câu kết"}, {"recipients", "Nơi nhận"},
    {"month", "Tháng"}, {"work", "Nội dung công việc"}, {"name", "Họ và tên người ký"}, {"authority", "Thẩm quyền ký"},
    {"deputy_title", "Chức vụ người ký thay"}};
const std::map<std::string, std::string, std::less<>> kListLabels = {
    {"objectives", "mục tiêu"}, {"targets", "chỉ tiêu"}, {"tasks", "nhiệm vụ"}, {"duties", "tổ chức thực hiện, mục"},
    {"schedule", "lịch hoạt động, dòng"}};

}  // namespace

std::string field_label_vi(std::string_view path) {
  std::vector<std::string> where;
  std::string leaf_label;
  for (const auto& seg : split(path, '.')) {
    const size_t br = seg.find('[');
    const std::string name = seg.substr(0, br);
    if (br != std::string::npos) {
      const std::string idx = seg.substr(br + 1, seg.size() - br - 2);
      auto l = kListLabels.find(name);
      if (!all_digits(idx) || l == kListLabels.end()) return std::string(path);
      where.push_back(l->second + " " + std::to_string(std::stoi(idx) + 1));
      continue;
    }
    if (name == "signer") continue;
    auto l = kLeafLabels.find(name);
    if (l == kLeafLabels.end()) return std::string(path);
    leaf_label = l->second;
    if (name == "title" && path.starts_with("signer")) leaf_label = "Chức vụ người đứng đầu";
  }
  if (leaf_label.empty()) {  // a whole item: "Mục tiêu 1"
    if (where.empty()) return std::string(path);
    leaf_label = where.back();
    where.pop_back();
    leaf_label[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(leaf_label[0])));
  }
  std::string out = leaf_label;
  for (size_t i = 0; i < where.size(); ++i) out += (i ? ", " : " (") + where[i];
  return where.empty() ? out : out + ")";
}

bool is_outline_list(std::string_view path) {
  const std::string p = pattern_of(path);
  return p == "objectives" || p == "objectives.*.targets" || p == "tasks" || p == "duties" || p == "schedule";
}

json plan_from_form(const std::multimap<std::string, std::string>& form) {
  json out = json::object();
  for (const auto& [name, value] : form) {
    const auto segs = split(name, '.');
    if (!kTopLevel.contains(segs.front())) continue;
    if (std::any_of(segs.begin(), segs.end(), [](const std::string& s) { return s.empty(); })) continue;
    json* node = &out;
    for (size_t i = 0; i + 1 < segs.size(); ++i) {
      json& next = (*node)[segs[i]];
      if (!next.is_object()) next = json::object();
      node = &next;
    }
    const std::string& key = segs.back();
    if (key == "applies_to") {
      json& list = (*node)[key];
      if (!list.is_array()) list = json::array();
      if (auto t = trim(value); !t.empty()) list.push_back(t);
      continue;
    }
    json v = leaf(key, value);
    if (v.is_null()) continue;
    (*node)[key] = std::move(v);
  }
  return compact(std::move(out));
}

Status apply_outline_op(json& content, std::string_view op) {
  const size_t colon = op.find(':');
  if (colon == std::string_view::npos) return bad_op();
  const std::string_view verb = op.substr(0, colon), path = op.substr(colon + 1);
  if (verb == "add") {
    if (!is_outline_list(path)) return bad_op();
    json* list = resolve(content, path, true);
    if (!list || !list->is_array()) return bad_op();
    list->push_back(new_item(pattern_of(path)));
    return Status::Ok();
  }
  const size_t dot = path.rfind('.');
  if (dot == std::string_view::npos || !all_digits(path.substr(dot + 1))) return bad_op();
  const std::string_view list_path = path.substr(0, dot);
  if (!is_outline_list(list_path)) return bad_op();
  json* list = resolve(content, list_path, false);
  const size_t idx = std::stoul(std::string(path.substr(dot + 1)));
  if (!list || !list->is_array() || idx >= list->size()) return bad_op();
  if (verb == "remove") {
    list->erase(list->begin() + static_cast<long>(idx));
  } else if (verb == "up") {
    if (idx > 0) std::swap((*list)[idx], (*list)[idx - 1]);
  } else if (verb == "down") {
    if (idx + 1 < list->size()) std::swap((*list)[idx], (*list)[idx + 1]);
  } else {
    return bad_op();
  }
  return Status::Ok();
}

}  // namespace bd::http::pages
