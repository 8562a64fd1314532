#include "app/activities/activities.h"

#include "app/access.h"
#include "app/audit.h"
#include "app/plans/plans.h"
#include "core/observances.h"
#include "core/text.h"

namespace bd::app {
namespace {

using nlohmann::json;

Status field_error(const std::string& field, const std::string& what) {
  return Error::Validation(what, field);
}

Result<int> count_field(const CountInput& v, const std::string& field) {
  if (const auto* n = std::get_if<int64_t>(&v)) {
    if (*n < 0 || *n > kParticipantsMax) return Error::Validation("Số người tham gia phải từ 0 đến 1.000.000.", field);
    return static_cast<int>(*n);
  }
  const std::string& text = std::get<std::string>(v);
  if (text.empty()) return 0;
  auto n = parse_value(ValueType::kCount, text);
  if (!n || *n > kParticipantsMax)
    return Error::Validation("Số người tham gia phải là số nguyên từ 0 đến 1.000.000.", field);
  return static_cast<int>(*n);
}

Status apply_participants(ActivityRecord& a, const std::vector<ParticipantInput>& in) {
  for (const auto& p : in) {
    auto au = parse_audience(p.audience);
    if (!au) return field_error("participants." + p.audience, "Không có đối tượng \"" + p.audience + "\".");
    const std::string field = "participants." + p.audience + "." + p.sex;
    if (p.sex != "female" && p.sex != "male") return field_error(field, "Chỉ ghi số nữ (female) và nam (male).");
    auto v = count_field(p.count, field);
    if (!v) return v.error();
    (p.sex == "female" ? a.of(*au).female : a.of(*au).male) = *v;
  }
  return Status::Ok();
}

// Loads an activity with its unit and checks the actor may see it.
Result<std::pair<ActivityRecord, OrgUnit>> load(storage::Tx& tx, const Actor& a, int64_t id) {
  auto act = tx.activity_by_id(id);
  if (!act) return Error::NotFound("Không tìm thấy hoạt động.");
  auto org = tx.org_by_id(act->org_id);
  if (!org) return Error::Internal("Hoạt động thuộc đơn vị không tồn tại.");
  if (Status s = can_view(a, *org); !s) return s.error();
  return std::make_pair(*act, *org);
}

ActivityView view_of(storage::Tx& tx, const Actor& a, const ActivityRecord& r, const OrgUnit& org) {
  ActivityView v;
  v.record = r;
  v.unit = org;
  v.evidence = tx.evidence_of(r.id);
  v.can_edit = can_enter_data(a, org).ok();
  return v;
}

ActivityType guess_type(const std::string& work) {
  const std::string f = text::fold(work);
  if (f.find("tap huan") != std::string::npos || f.find("boi duong") != std::string::npos) return ActivityType::kTraining;
  if (f.find("hoi thi") != std::string::npos || f.find("cuoc thi") != std::string::npos) return ActivityType::kContest;
  if (f.find("kiem tra") != std::string::npos || f.find("giam sat") != std::string::npos) return ActivityType::kInspection;
  if (f.find("khao sat") != std::string::npos) return ActivityType::kSurvey;
  if (f.find("hop") == 0 || f.find(" hop ") != std::string::npos) return ActivityType::kMeeting;
  if (f.find("truyen thong") != std::string::npos || f.find("tuyen truyen") != std::string::npos)
    return ActivityType::kCommunication;
  return ActivityType::kOther;
}

}  // namespace

Status apply_activity_input(ActivityRecord& a, const ActivityInput& in) {
  // Checked in the order of the fields' names, as the API always has.
  if (in.audience) {
    a.audience.clear();
    for (const auto& code : *in.audience) {
      auto au = parse_audience(code);
      if (!au) return field_error("audience", "Đối tượng không hợp lệ: \"" + code + "\".");
      a.audience.push_back(*au);
    }
  }
  if (in.description) a.description = *in.description;
  if (in.end) a.end = *in.end;
  if (in.observance) a.observance = *in.observance;
  if (in.organiser) a.organiser = *in.organiser;
  if (Status st = apply_participants(a, in.participants); !st) return st;
  if (in.plan_id) a.plan_id = *in.plan_id;
  if (in.start) a.start = *in.start;
  if (in.status) {
    auto t = parse_activity_status(*in.status);
    if (!t) return field_error("status", "Trạng thái \"" + *in.status + "\" không hợp lệ (planned, done, cancelled).");
    a.status = *t;
  }
  if (in.task_index) a.task_index = static_cast<int>(std::clamp<int64_t>(*in.task_index, -2, 100000));
  if (in.title) a.title = *in.title;
  if (in.type) {
    auto t = parse_activity_type(*in.type);
    if (!t) return field_error("type", "Loại hoạt động \"" + *in.type + "\" không hợp lệ.");
    a.type = *t;
  }
  if (!a.observance.empty()) {
    bool known = false;
    for (const auto& o : observances()) known = known || o.code == a.observance;
    if (!known) return field_error("observance", "Không có ngày kỷ niệm mã \"" + a.observance + "\".");
  }
  return normalize_activity(a);
}

std::string observance_item(const std::string& code, int year) {
  return "obs:" + code + ":" + std::to_string(year);
}

std::string plan_item(int64_t plan_id, int index) {
  return "plan:" + std::to_string(plan_id) + ":" + std::to_string(index);
}

std::vector<std::string> calendar_items_of(const ActivityRecord& r) {
  std::vector<std::string> out;
  if (!r.observance.empty() && r.start.size() >= 4) {
    try {
      out.push_back(observance_item(r.observance, std::stoi(r.start.substr(0, 4))));
    } catch (const std::exception&) {
    }
  }
  if (r.plan_id > 0 && r.task_index >= 0) out.push_back(plan_item(r.plan_id, r.task_index));
  return out;
}

json activity_audit_json(const ActivityRecord& a) {
  json p = json::object();
  for (Audience au : audiences())
    p[std::string(audience_code(au))] = {{"female", a.of(au).female}, {"male", a.of(au).male}};
  json aud = json::array();
  for (Audience au : a.audience) aud.push_back(std::string(audience_code(au)));
  return {{"type", std::string(activity_type_code(a.type))}, {"status", std::string(activity_status_code(a.status))},
          {"title", a.title}, {"organiser", a.organiser}, {"description", a.description}, {"start", a.start},
          {"end", a.end}, {"plan_id", a.plan_id}, {"task_index", a.task_index}, {"observance", a.observance},
          {"audience", aud}, {"participants", p}};
}

Result<ActivityList> Activities::list(const Actor& a, const std::string& org, const ActivityFilter& filter) {
  ActivityList out;
  Status st = store_.read([&](storage::Tx& tx) -> Status {
    const std::string code = org.empty() ? a.org_code : org;
    auto unit = find_unit(tx, code, "org");
    if (!unit) return unit.error();
    if (Status s = can_view(a, *unit); !s) return s;
    out.unit = *unit;
    out.can_create = can_enter_data(a, *unit).ok() && !unit->is_closed();
    const std::string from = filter.year ? std::to_string(filter.year) + "-01-01" : "";
    const std::string to = filter.year ? std::to_string(filter.year) + "-12-31" : "";
    auto records = filter.subtree ? tx.activities_within(unit->path, from, to) : tx.activities_of(unit->id, from, to);
    std::map<int64_t, OrgUnit> units{{unit->id, *unit}};
    for (const auto& r : records) {
      if (filter.type && r.type != *filter.type) continue;
      if (filter.status && r.status != *filter.status) continue;
      if (!units.count(r.org_id)) units[r.org_id] = tx.org_by_id(r.org_id).value_or(OrgUnit{});
      ActivityView v;
      v.record = r;
      v.unit = units[r.org_id];
      v.can_edit = can_enter_data(a, v.unit).ok();
      ++out.by_type[r.type];
      out.items.push_back(std::move(v));
    }
    return Status::Ok();
  });
  if (!st) return st.error();
  return out;
}

Result<ActivityView> Activities::get(const Actor& a, int64_t id) {
  ActivityView v;
  Status st = store_.read([&](storage::Tx& tx) -> Status {
    auto l = load(tx, a, id);
    if (!l) return l.error();
    v = view_of(tx, a, l->first, l->second);
    return Status::Ok();
  });
  if (!st) return st.error();
  return v;
}

Result<ActivityView> Activities::create(const Actor& a, const std::string& org, const ActivityInput& in) {
  ActivityRecord r;
  r.type = ActivityType::kOther;
  if (Status s = apply_activity_input(r, in); !s) return s.error();
  ActivityView v;
  Status st = store_.write([&](storage::Tx& tx) -> Status {
    auto unit = tx.org_by_code(org);
    if (!unit) return Error::Validation("Không tìm thấy đơn vị " + org + ".", "org");
    if (Status s = can_enter_data(a, *unit); !s) return s;
    if (unit->is_closed()) return Error::Conflict("Đơn vị đã đóng.", "org");
    if (r.plan_id > 0) {
      auto plan = tx.plan_by_id(r.plan_id);
      if (!plan || (plan->org_id != unit->id && !path_within(unit->path, tx.org_by_id(plan->org_id)->path)))
        return Error::Validation("Không tìm thấy kế hoạch số " + std::to_string(r.plan_id) + " của đơn vị.", "plan_id");
    }
    r.org_id = unit->id;
    r.created_at = r.updated_at = clock_.now();
    r.updated_by = a.username;
    tx.insert_activity(r);
    tx.add_audit(audit_entry(a, r.updated_at, "create", "activity", std::to_string(r.id), nullptr,
                             activity_audit_json(r)));
    v = view_of(tx, a, r, *unit);
    return Status::Ok();
  });
  if (!st) return st.error();
  feed_after(std::nullopt, r, &v);
  return v;
}

Result<ActivityView> Activities::update(const Actor& a, int64_t id, const ActivityInput& in) {
  ActivityView v;
  std::optional<ActivityRecord> before, after;
  Status st = store_.write([&](storage::Tx& tx) -> Status {
    auto l = load(tx, a, id);
    if (!l) return l.error();
    auto [r, unit] = *l;
    if (Status s = can_enter_data(a, unit); !s) return s;
    before = r;
    if (Status s = apply_activity_input(r, in); !s) return s;
    r.updated_at = clock_.now();
    r.updated_by = a.username;
    tx.update_activity(r);
    tx.add_audit(audit_entry(a, r.updated_at, "update", "activity", std::to_string(r.id),
                             activity_audit_json(*before), activity_audit_json(r)));
    after = r;
    v = view_of(tx, a, r, unit);
    return Status::Ok();
  });
  if (!st) return st.error();
  feed_after(before, after, &v);
  return v;
}

Status Activities::remove(const Actor& a, int64_t id) {
  std::optional<ActivityRecord> before;
  Status st = store_.write([&](storage::Tx& tx) -> Status {
    auto l = load(tx, a, id);
    if (!l) return l.error();
    if (Status s = can_enter_data(a, l->second); !s) return s;
    before = l->first;
    tx.delete_activity(id);
    tx.add_audit(audit_entry(a, clock_.now(), "delete", "activity", std::to_string(id),
                             activity_audit_json(l->first), nullptr));
    return Status::Ok();
  });
  if (!st) return st;
  feed_after(before, std::nullopt, nullptr);
  return Status::Ok();
}

Result<ActivityView> Activities::from_calendar(const Actor& a, const std::string& org, const std::string& item) {
  ActivityInput in;
  in.status = "planned";
  int64_t plan_id = 0;
  int index = -1, year = 0;
  std::string obs_code;
  const auto c1 = item.find(':'), c2 = item.rfind(':');
  if (c1 == std::string::npos || c1 == c2) return Error::Validation("Mục lịch không hợp lệ.", "item");
  const std::string kind = item.substr(0, c1), mid = item.substr(c1 + 1, c2 - c1 - 1), last = item.substr(c2 + 1);
  try {
    if (kind == "obs") obs_code = mid, year = std::stoi(last);
    else if (kind == "plan") plan_id = std::stoll(mid), index = std::stoi(last);
    else return Error::Validation("Mục lịch không hợp lệ.", "item");
  } catch (const std::exception&) {
    return Error::Validation("Mục lịch không hợp lệ.", "item");
  }
  std::string unit_name;
  Status st = store_.read([&](storage::Tx& tx) -> Status {
    auto unit = find_unit(tx, org, "org");
    if (!unit) return unit.error();
    if (Status s = can_view(a, *unit); !s) return s;
    unit_name = unit->name;
    const std::string key = plan_id > 0 ? plan_item(plan_id, index) : observance_item(obs_code, year);
    for (const auto& x : tx.activities_of(unit->id, "", ""))
      for (const auto& k : calendar_items_of(x))
        if (k == key) return Error::Conflict("Mục này đã có trong danh sách hoạt động của đơn vị.", "item");
    if (plan_id > 0) {
      auto plan = tx.plan_by_id(plan_id);
      if (!plan || plan->org_id != unit->id) return Error::Validation("Không tìm thấy kế hoạch của đơn vị.", "item");
      const PlanView pv = get_view(tx, *plan);
      const auto& schedule = pv.content.value("schedule", json::array());
      if (index < 0 || index >= static_cast<int>(schedule.size()))
        return Error::Validation("Kế hoạch không có mục công việc này.", "item");
      const int month = schedule[index].value("month", 1);
      const std::string work = schedule[index].value("work", "");
      const int y = plan->year;
      in.title = work.empty() ? pv.content.value("subject", "Công việc theo kế hoạch") : work;
      in.start = iso(Date{y, month, 1});
      in.end = iso(Date{y, month, days_in_month(y, month)});
      in.type = std::string(activity_type_code(guess_type(work)));
      in.organiser = schedule[index].value("responsible", "");
      in.plan_id = plan_id;
      in.task_index = index;
      return Status::Ok();
    }
    for (const auto& o : observances()) {
      if (o.code != obs_code) continue;
      in.title = "Hưởng ứng " + o.name_vi;
      in.start = iso(Date{year, o.month, o.day});
      in.end = iso(Date{year, o.end_month, o.end_day});
      in.type = "observance";
      in.observance = o.code;
      return Status::Ok();
    }
    return Error::Validation("Không có ngày kỷ niệm mã \"" + obs_code + "\".", "item");
  });
  if (!st) return st.error();
  if (!in.organiser || in.organiser->empty()) in.organiser = unit_name;
  return create(a, org, in);
}

}  // namespace bd::app
