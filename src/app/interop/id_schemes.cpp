#include "app/interop/id_schemes.h"

#include <algorithm>

#include "core/ids.h"

namespace bd::app {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

bool is_id_kind(std::string_view kind) {
  return std::find(std::begin(kIdKinds), std::end(kIdKinds), kind) != std::end(kIdKinds);
}

Result<IdScheme> IdScheme::parse(std::string_view text, const std::string& field) {
  const std::string t = lower(text);
  IdScheme s;
  if (t == "code") return s;
  if (t == "id" || t == "uid") {
    s.type = Type::kId;
    return s;
  }
  if (t.starts_with("attribute:") && text.size() > 10 && text.size() <= 60) {
    s.type = Type::kAttribute;
    s.system = std::string(text.substr(10));
    return s;
  }
  return Error::BadRequest("Cách gọi mã \"" + std::string(text) +
                               "\" không hợp lệ: dùng code, id hoặc attribute:TÊN_HỆ_THỐNG.",
                           field);
}

std::string IdScheme::text() const {
  switch (type) {
    case Type::kCode: return "code";
    case Type::kId: return "id";
    case Type::kAttribute: return "attribute:" + system;
  }
  return "code";
}

Result<IdSchemes> IdSchemes::parse(const std::map<std::string, std::string>& params) {
  IdSchemes out;
  IdScheme all;
  if (auto it = params.find("idScheme"); it != params.end() && !it->second.empty()) {
    auto s = IdScheme::parse(it->second, "idScheme");
    if (!s) return s.error();
    all = *s;
  }
  out.data_element = out.org_unit = out.option = out.data_set = all;
  for (auto [name, target] : {std::pair{"dataElementIdScheme", &out.data_element},
                              {"orgUnitIdScheme", &out.org_unit},
                              {"categoryOptionComboIdScheme", &out.option},
                              {"dataSetIdScheme", &out.data_set}}) {
    auto it = params.find(name);
    if (it == params.end() || it->second.empty()) continue;
    auto s = IdScheme::parse(it->second, name);
    if (!s) return s.error();
    *target = *s;
  }
  return out;
}

IdMap::IdMap(storage::Tx& tx, const Analytics& analytics, const IdSchemes& schemes)
    : tx_(tx), analytics_(analytics), schemes_(schemes), data_sets_(tx.data_sets()) {
  if (schemes.data_element.type == IdScheme::Type::kId)
    for (auto& e : analytics.elements()) elements_by_id_.emplace(e.id, e);
  for (const IdScheme* s : {&schemes.data_element, &schemes.org_unit, &schemes.option, &schemes.data_set}) {
    if (s->type != IdScheme::Type::kAttribute || mappings_.count(s->system + "|")) continue;
    mappings_[s->system + "|"];  // read once per system
    for (auto& id : tx.external_ids(s->system)) {
      auto& m = mappings_[s->system + "|" + id.kind];
      m.in[id.external] = id.code;
      m.out[id.code] = id.external;
    }
  }
}

const IdMap::Mapping* IdMap::mapping(std::string_view kind, const IdScheme& s) const {
  auto it = mappings_.find(s.system + "|" + std::string(kind));
  return it == mappings_.end() ? nullptr : &it->second;
}

std::optional<std::string> IdMap::code_in(std::string_view kind, const IdScheme& s, const std::string& theirs) const {
  if (s.type != IdScheme::Type::kAttribute) return theirs;
  const Mapping* m = mapping(kind, s);
  if (!m) return std::nullopt;
  auto it = m->in.find(theirs);
  if (it == m->in.end()) return std::nullopt;
  return it->second;
}

std::optional<std::string> IdMap::code_out(std::string_view kind, const IdScheme& s, const std::string& ours) const {
  if (s.type != IdScheme::Type::kAttribute) return ours;
  const Mapping* m = mapping(kind, s);
  if (!m) return std::nullopt;
  auto it = m->out.find(ours);
  if (it == m->out.end()) return std::nullopt;
  return it->second;
}

std::optional<DataElement> IdMap::element(const std::string& theirs) const {
  if (schemes_.data_element.type == IdScheme::Type::kId) {
    auto id = parse_id(theirs);
    auto it = id ? elements_by_id_.find(*id) : elements_by_id_.end();
    if (it == elements_by_id_.end()) return std::nullopt;
    return it->second;
  }
  auto code = code_in("dataElement", schemes_.data_element, theirs);
  if (!code) return std::nullopt;
  return analytics_.element_by_code(*code);
}

std::optional<OrgUnit> IdMap::org(const std::string& theirs) {
  auto found = orgs_.find(theirs);
  if (found != orgs_.end()) return found->second;
  std::optional<OrgUnit> u;
  if (schemes_.org_unit.type == IdScheme::Type::kId) {
    if (auto id = parse_id(theirs)) u = tx_.org_by_id(*id);
  } else if (auto code = code_in("orgUnit", schemes_.org_unit, theirs)) {
    u = tx_.org_by_code(*code);
  }
  orgs_.emplace(theirs, u);
  return u;
}

void IdMap::prefetch_orgs(const std::vector<std::string>& theirs) {
  if (schemes_.org_unit.type == IdScheme::Type::kId) return;  // by id: few, and no list query for them
  std::map<std::string, std::vector<std::string>> wanted;      // our code → their names for it
  for (const auto& t : theirs) {
    if (orgs_.count(t)) continue;
    if (auto code = code_in("orgUnit", schemes_.org_unit, t)) wanted[*code].push_back(t);
    else orgs_.emplace(t, std::nullopt);
  }
  std::vector<std::string> codes;
  codes.reserve(wanted.size());
  for (const auto& [code, names] : wanted) codes.push_back(code);
  for (auto& u : tx_.orgs_by_codes(codes)) {
    auto it = wanted.find(u.code);
    if (it == wanted.end()) continue;
    for (const auto& t : it->second) orgs_.emplace(t, u);
    wanted.erase(it);
  }
  for (const auto& [code, names] : wanted)
    for (const auto& t : names) orgs_.emplace(t, std::nullopt);
}

std::optional<std::string> IdMap::option(const std::string& theirs) const {
  if (schemes_.option.type == IdScheme::Type::kAttribute) {
    if (auto code = code_in("categoryOption", schemes_.option, theirs)) return *code == "default" ? "" : *code;
  }
  if (theirs.empty() || theirs == "default") return std::string();
  if (schemes_.option.type == IdScheme::Type::kAttribute) return std::nullopt;
  for (const auto& c : categories())
    if (option_index(c, theirs) >= 0) return theirs;
  return std::nullopt;
}

std::optional<std::string> IdMap::category(const std::string& theirs) const {
  auto code = code_in("category", schemes_.option, theirs);
  if (!code || !find_category(*code)) return std::nullopt;
  return code;
}

std::optional<DataSet> IdMap::data_set(const std::string& theirs) const {
  std::optional<std::string> code;
  if (schemes_.data_set.type == IdScheme::Type::kId) {
    auto id = parse_id(theirs);
    for (const auto& d : data_sets_)
      if (id && d.id == *id) return d;
    return std::nullopt;
  }
  code = code_in("dataSet", schemes_.data_set, theirs);
  for (const auto& d : data_sets_)
    if (code && d.code == *code) return d;
  return std::nullopt;
}

std::optional<std::string> IdMap::element_out(const DataElement& e) const {
  if (schemes_.data_element.type == IdScheme::Type::kId) return std::to_string(e.id);
  return code_out("dataElement", schemes_.data_element, e.code);
}

std::optional<std::string> IdMap::org_out(const OrgUnit& u) const {
  if (schemes_.org_unit.type == IdScheme::Type::kId) return std::to_string(u.id);
  return code_out("orgUnit", schemes_.org_unit, u.code);
}

std::optional<std::string> IdMap::option_out(const std::string& option) const {
  const std::string ours = option.empty() ? "default" : option;
  if (schemes_.option.type != IdScheme::Type::kAttribute) return ours;
  if (auto theirs = code_out("categoryOption", schemes_.option, ours)) return theirs;
  if (option.empty()) return ours;  // "default" needs no mapping
  return std::nullopt;
}

std::optional<std::string> IdMap::category_out(const std::string& category) const {
  return code_out("category", schemes_.option, category);
}

std::optional<std::string> IdMap::data_set_out(const DataSet& d) const {
  if (schemes_.data_set.type == IdScheme::Type::kId) return std::to_string(d.id);
  return code_out("dataSet", schemes_.data_set, d.code);
}

}  // namespace bd::app
