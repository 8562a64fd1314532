// The shape of a plan's content and its normalisation.
#include <algorithm>
#include <functional>
#include <map>

#include "app/plans/plans.h"
#include "core/org.h"
#include "core/text.h"

namespace bd::app {
namespace {

using nlohmann::json;
constexpr size_t kMaxText = 5000;   // code points per text field
constexpr size_t kMaxItems = 300;   // items per list

// A field's kind and, for objects, the kinds of its fields.
struct Shape {
  enum Kind { kText, kInt, kNumber, kTextList, kObject, kObjectList } kind;
  std::map<std::string, Shape> fields;  // kObject and kObjectList
  int min = 0, max = 0;                 // kInt bounds (when max > min)
};

Shape text() { return {Shape::kText, {}}; }
Shape integer(int lo, int hi) { return {Shape::kInt, {}, lo, hi}; }
Shape number() { return {Shape::kNumber, {}}; }
Shape texts() { return {Shape::kTextList, {}}; }
Shape object(std::map<std::string, Shape> f) { return {Shape::kObject, std::move(f)}; }
Shape objects(std::map<std::string, Shape> f) { return {Shape::kObjectList, std::move(f)}; }

const Shape& plan_shape() {
  static const Shape s = object({
      {"year", integer(2000, 2100)},
      {"period_from", integer(2000, 2100)},
      {"period_to", integer(2000, 2100)},
      {"subject", text()},
      {"place", text()},
      {"governing_body", text()},
      {"basis", texts()},
      {"general_objective", text()},
      {"objectives", objects({{"title", text()},
                              {"targets", objects({{"text", text()},
                                                   {"indicator", text()},
                                                   {"comparator", text()},
                                                   {"value", number()},
                                                   {"when", text()},
                                                   {"year", integer(0, 2100)}})}})},
      {"tasks", objects({{"title", text()},
                         {"actions", texts()},
                         {"responsible", text()},
                         {"timeframe", text()},
                         {"applies_to", texts()}})},
      {"duties", objects({{"unit", text()}, {"text", text()}})},
      {"reporting", text()},
      {"closing", text()},
      {"recipients", texts()},
      {"signer", object({{"authority", text()}, {"title", text()}, {"deputy_title", text()}, {"name", text()}})},
      {"schedule", objects({{"month", integer(1, 12)}, {"work", text()}, {"responsible", text()}})},
  });
  return s;
}

Result<json> normalize(const json& in, const Shape& shape, const std::string& path);

Result<std::string> clean_text(const json& v, const std::string& path) {
  if (!v.is_string()) return Error::BadRequest(path + " phải là chuỗi ký tự.", path);
  const std::string raw = v.get<std::string>();
  if (!text::valid_utf8(raw)) return Error::BadRequest(path + " không đúng mã UTF-8.", path);
  std::string s = text::nfc(raw);
  // Keep paragraph breaks typed by people; trim each end.
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\r' || s.back() == '\t')) s.pop_back();
  size_t start = s.find_first_not_of(" \n\r\t");
  s = start == std::string::npos ? "" : s.substr(start);
  if (text::length(s) > kMaxText)
    return Error::Validation(path + ": dài quá " + std::to_string(kMaxText) + " ký tự.", path);
  return s;
}

Result<json> normalize_object(const json& in, const Shape& shape, const std::string& path) {
  if (!in.is_object()) return Error::BadRequest((path.empty() ? "Nội dung" : path) + " phải là đối tượng JSON.", path);
  json out = json::object();
  for (const auto& [key, value] : in.items()) {
    auto f = shape.fields.find(key);
    const std::string sub = path.empty() ? key : path + "." + key;
    if (f == shape.fields.end()) return Error::BadRequest("Trường không được hỗ trợ: " + sub + ".", sub);
    if (value.is_null()) continue;
    auto v = normalize(value, f->second, sub);
    if (!v) return v.error();
    out[key] = std::move(*v);
  }
  return out;
}

Result<json> normalize(const json& in, const Shape& shape, const std::string& path) {
  switch (shape.kind) {
    case Shape::kText: {
      auto s = clean_text(in, path);
      if (!s) return s.error();
      return json(*s);
    }
    case Shape::kInt:
      if (!in.is_number_integer()) return Error::BadRequest(path + " phải là số nguyên.", path);
      if (shape.max > shape.min && (in.get<int64_t>() < shape.min || in.get<int64_t>() > shape.max))
        return Error::Validation(path + " phải từ " + std::to_string(shape.min) + " đến " + std::to_string(shape.max) + ".",
                                 path);
      return in;
    case Shape::kNumber:
      if (!in.is_number()) return Error::BadRequest(path + " phải là số.", path);
      return in;
    case Shape::kTextList: {
      if (!in.is_array()) return Error::BadRequest(path + " phải là danh sách.", path);
      if (in.size() > kMaxItems) return Error::Validation(path + ": quá nhiều mục.", path);
      json out = json::array();
      for (size_t i = 0; i < in.size(); ++i) {
        auto s = clean_text(in[i], path + "[" + std::to_string(i) + "]");
        if (!s) return s.error();
        if (!s->empty()) out.push_back(*s);
      }
      return out;
    }
    case Shape::kObject: return normalize_object(in, shape, path);
    case Shape::kObjectList: {
      if (!in.is_array()) return Error::BadRequest(path + " phải là danh sách.", path);
      if (in.size() > kMaxItems) return Error::Validation(path + ": quá nhiều mục.", path);
      json out = json::array();
      for (size_t i = 0; i < in.size(); ++i) {
        auto o = normalize_object(in[i], shape, path + "[" + std::to_string(i) + "]");
        if (!o) return o.error();
        out.push_back(std::move(*o));
      }
      return out;
    }
  }
  return in;
}

// The JSON Schema of a shape, as normalize reads it: null is absent, lengths
// in code points.
json schema_of(const Shape& shape) {
  switch (shape.kind) {
    case Shape::kText: return {{"type", "string"}, {"maxLength", kMaxText}};
    case Shape::kInt: {
      json j = {{"type", "integer"}};
      if (shape.max > shape.min) j.update({{"minimum", shape.min}, {"maximum", shape.max}});
      return j;
    }
    case Shape::kNumber: return {{"type", "number"}};
    case Shape::kTextList:
      return {{"type", "array"}, {"maxItems", kMaxItems}, {"items", schema_of(text())}};
    case Shape::kObject:
    case Shape::kObjectList: {
      json o = {{"type", "object"}, {"additionalProperties", false}, {"properties", json::object()}};
      for (const auto& [name, field] : shape.fields) {
        o["properties"][name] = schema_of(field);
        o["properties"][name]["nullable"] = true;
      }
      if (shape.kind == Shape::kObject) return o;
      return {{"type", "array"}, {"maxItems", kMaxItems}, {"items", o}};
    }
  }
  return json::object();
}

}  // namespace

json plan_content_schema() {
  json s = schema_of(plan_shape());
  s["required"] = {"year"};
  s["properties"]["year"].erase("nullable");
  json kinds = {"school"};
  for (OrgType t : all_org_types()) kinds.push_back(std::string(org_type_code(t)));
  s["properties"]["tasks"]["items"]["properties"]["applies_to"]["items"]["enum"] = kinds;
  return s;
}

Result<json> normalize_plan_content(const json& in) {
  auto out = normalize_object(in, plan_shape(), "");
  if (!out) return out.error();
  if (!out->contains("year")) return Error::Validation("Cần năm của kế hoạch (year).", "year");
  for (size_t i = 0; out->contains("tasks") && i < (*out)["tasks"].size(); ++i)
    for (const auto& t : (*out)["tasks"][i].value("applies_to", json::array()))
      if (t != "school" && !parse_org_type(t.get<std::string>()))
        return Error::Validation("Loại đơn vị không hợp lệ: " + t.get<std::string>() + ".",
                                 "tasks[" + std::to_string(i) + "].applies_to");
  // A schedule reads by month: its lines are kept in month order (stable, so
  // lines of one month keep the order they were written in).
  if (out->contains("schedule")) {
    json& schedule = (*out)["schedule"];
    std::stable_sort(schedule.begin(), schedule.end(),
                     [](const json& a, const json& b) { return a.value("month", 1) < b.value("month", 1); });
  }
  return out;
}

}  // namespace bd::app
