#include "app/reports/frozen_report.h"

#include "core/dates.h"

namespace bd::app {
namespace {

using json = nlohmann::json;
constexpr int kFormat = 1;

json opt_number(const std::optional<double>& v) { return v ? json(*v) : json(nullptr); }
std::optional<double> number_of(const json& j) {
  return j.is_number() ? std::optional<double>(j.get<double>()) : std::nullopt;
}
std::string text_of(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}
int64_t int_of(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_number_integer() ? it->get<int64_t>() : 0;
}

json unit_json(const OrgUnit& u) {
  return {{"id", u.id}, {"code", u.code}, {"name", u.name}, {"short_name", u.short_name}};
}
void thaw_unit(const json& j, OrgUnit& u) {
  u.code = text_of(j, "code");
  u.name = text_of(j, "name");
  u.short_name = text_of(j, "short_name");
}

json data_set_json(const DueDataSet& d) {
  json values = json::array();
  for (const auto& x : d.values)
    values.push_back({{"element", x.element}, {"option", x.option}, {"number", opt_number(x.number)}, {"text", x.text}});
  return {{"code", d.set.code},
          {"name", d.set.name_vi},
          {"elements", d.set.elements},
          {"due", d.due ? json(iso(*d.due)) : json(nullptr)},
          {"expected", d.expected},
          {"filled", d.filled},
          {"values", values}};
}
DueDataSet thaw_data_set(const json& j) {
  DueDataSet d;
  d.set.code = text_of(j, "code");
  d.set.name_vi = text_of(j, "name");
  for (const auto& e : j.value("elements", json::array()))
    if (e.is_string()) d.set.elements.push_back(e.get<std::string>());
  d.due = parse_date(text_of(j, "due"));
  d.expected = static_cast<int>(int_of(j, "expected"));
  d.filled = static_cast<int>(int_of(j, "filled"));
  for (const auto& x : j.value("values", json::array()))
    d.values.push_back({text_of(x, "element"), text_of(x, "option"), number_of(x.value("number", json())),
                        text_of(x, "text")});
  return d;
}

json target_json(const TargetState& t) {
  json history = json::array();
  for (const auto& [year, value] : t.history) history.push_back({year, value});
  return {{"code", t.target.code},
          {"name", t.target.name_vi},
          {"comparator", t.target.comparator},
          {"target", t.target.value},
          {"when", t.target.when},
          {"year", t.target.year},
          {"applies_to", t.target.applies_to},
          {"indicator", {{"code", t.indicator.code}, {"name", t.indicator.name_vi}, {"unit", t.indicator.unit}}},
          {"value", opt_number(t.value)},
          {"status", t.status},
          {"trajectory", t.trajectory},
          {"projected", opt_number(t.projected)},
          {"deadline_year", t.deadline_year},
          {"gap", opt_number(t.gap)},
          {"history", history},
          {"for_each", t.for_each}};
}
TargetState thaw_target(const json& j, int64_t org_id) {
  TargetState t;
  t.org_id = org_id;
  t.target.code = text_of(j, "code");
  t.target.name_vi = text_of(j, "name");
  t.target.comparator = text_of(j, "comparator");
  t.target.value = number_of(j.value("target", json())).value_or(0);
  t.target.when = text_of(j, "when");
  t.target.year = static_cast<int>(int_of(j, "year"));
  t.target.applies_to = text_of(j, "applies_to");
  const json ind = j.value("indicator", json::object());
  t.indicator.code = t.target.indicator_code = text_of(ind, "code");
  t.indicator.name_vi = text_of(ind, "name");
  t.indicator.unit = text_of(ind, "unit");
  t.value = number_of(j.value("value", json()));
  t.status = text_of(j, "status");
  t.trajectory = text_of(j, "trajectory");
  t.projected = number_of(j.value("projected", json()));
  t.deadline_year = static_cast<int>(int_of(j, "deadline_year"));
  t.gap = number_of(j.value("gap", json()));
  for (const auto& h : j.value("history", json::array()))
    if (h.is_array() && h.size() == 2 && h[0].is_number_integer() && h[1].is_number())
      t.history.emplace_back(h[0].get<int>(), h[1].get<double>());
  t.for_each = text_of(j, "for_each");
  return t;
}

json activity_json(const ActivityRecord& a) {
  json people = json::object();
  for (Audience au : audiences())
    if (a.has_audience(au))
      people[std::string(audience_code(au))] = {{"female", a.of(au).female}, {"male", a.of(au).male}};
  return {{"id", a.id},
          {"title", a.title},
          {"type", activity_type_code(a.type)},
          {"status", activity_status_code(a.status)},
          {"start", a.start},
          {"end", a.end},
          {"participants", people}};
}
ActivityRecord thaw_activity(const json& j, int64_t org_id) {
  ActivityRecord a;
  a.id = int_of(j, "id");
  a.org_id = org_id;
  a.title = text_of(j, "title");
  a.type = parse_activity_type(text_of(j, "type")).value_or(ActivityType::kOther);
  a.status = parse_activity_status(text_of(j, "status")).value_or(ActivityStatus::kDone);
  a.start = text_of(j, "start");
  a.end = text_of(j, "end");
  const json people = j.value("participants", json::object());
  for (const auto& [code, p] : people.items()) {
    auto au = parse_audience(code);
    if (!au) continue;
    a.audience.push_back(*au);
    a.of(*au) = {static_cast<int>(int_of(p, "female")), static_cast<int>(int_of(p, "male"))};
  }
  return a;
}

}  // namespace

json freeze_report(const ReportView& v) {
  json sets = json::array(), targets = json::array(), activities = json::array();
  for (const auto& d : v.data_sets) sets.push_back(data_set_json(d));
  for (const auto& t : v.targets) targets.push_back(target_json(t));
  for (const auto& a : v.activities) activities.push_back(activity_json(a));
  return {{"format", kFormat},
          {"unit", unit_json(v.unit)},
          {"parent", v.parent ? unit_json(*v.parent) : json(nullptr)},
          {"narrative", v.narrative},
          {"data_sets", sets},
          {"targets", targets},
          {"activities", activities},
          {"activities_done", v.activities_done},
          {"reached", {{"female", v.reached.female}, {"male", v.reached.male}}}};
}

bool thaw_report(const json& record, ReportView& v) {
  if (!record.is_object() || record.value("format", 0) != kFormat) return false;
  thaw_unit(record.value("unit", json::object()), v.unit);
  const json parent = record.value("parent", json());
  if (parent.is_object()) {
    // The same parent as today keeps its place in the tree (path, type); a
    // former one is known by its id and names alone.
    const int64_t id = int_of(parent, "id");
    if (!v.parent || v.parent->id != id) v.parent = OrgUnit{id};
    thaw_unit(parent, *v.parent);
  } else {
    v.parent.reset();
  }
  v.narrative = record.value("narrative", json::object());
  v.data_sets.clear();
  for (const auto& d : record.value("data_sets", json::array())) v.data_sets.push_back(thaw_data_set(d));
  v.targets.clear();
  for (const auto& t : record.value("targets", json::array())) v.targets.push_back(thaw_target(t, v.unit.id));
  v.activities.clear();
  for (const auto& a : record.value("activities", json::array())) v.activities.push_back(thaw_activity(a, v.unit.id));
  v.activities_done = static_cast<int>(int_of(record, "activities_done"));
  const json reached = record.value("reached", json::object());
  v.reached = {static_cast<int>(int_of(reached, "female")), static_cast<int>(int_of(reached, "male"))};
  return true;
}

}  // namespace bd::app
