// Activities feed the catalog: the people reached or trained by a unit's done
// activities of a half-year become its values of that half-year (data set
// HOATDONG), saved through DataValues::save as the system actor so they are
// checked, audited and reach the analytics engine like typed figures.
//
//   training × staff                                  → staff_trained_ge (female, male)
//   training × students                               → students_communicators (female, male)
//   communication, observance, contest, club × students → students_reached (female, male)
//   communication, observance, contest, club × parents  → parents_reached (female + male)
//
// The same people often attend several sessions, so each sum is capped by the
// unit's matching total of the half-year when entered (staff_total,
// students_total, parents_total). Other types and audiences feed nothing.
#include <algorithm>
#include <set>

#include "app/activities/activities.h"
#include "core/period.h"

namespace bd::app {
namespace {

bool reaches(ActivityType t) {
  return t == ActivityType::kCommunication || t == ActivityType::kObservance || t == ActivityType::kContest ||
         t == ActivityType::kClub;
}

struct Feed {
  const char* element;
  const char* total;  // the cap
  bool by_sex;
};

// The element an activity's audience feeds, or null.
const Feed* feed_of(ActivityType t, Audience a) {
  static const Feed staff{"staff_trained_ge", "staff_total", true};
  static const Feed communicators{"students_communicators", "students_total", true};
  static const Feed students{"students_reached", "students_total", true};
  static const Feed parents{"parents_reached", "parents_total", false};
  if (t == ActivityType::kTraining && a == Audience::kStaff) return &staff;
  if (t == ActivityType::kTraining && a == Audience::kStudents) return &communicators;
  if (reaches(t) && a == Audience::kStudents) return &students;
  if (reaches(t) && a == Audience::kParents) return &parents;
  return nullptr;
}

std::string half_of(const std::string& iso_date) {
  auto d = parse_date(iso_date);
  return d ? period_of(PeriodType::kHalfYear, *d).code() : "";
}

}  // namespace

const std::vector<std::string>& fed_elements() {
  static const std::vector<std::string> v{"staff_trained_ge", "students_communicators", "students_reached",
                                          "parents_reached"};
  return v;
}

std::vector<FedValue> derived_values(const std::vector<ActivityRecord>& done,
                                     const std::map<std::string, double>& totals) {
  std::map<std::pair<std::string, std::string>, double> sums;
  std::map<std::string, const char*> caps;
  for (const auto& a : done) {
    if (a.status != ActivityStatus::kDone) continue;
    for (Audience au : audiences()) {
      const Feed* f = feed_of(a.type, au);
      if (!f || !a.has_audience(au)) continue;  // an audience it was not for reached no one
      caps[f->element] = f->total;
      const Participants& p = a.of(au);
      if (f->by_sex) {
        sums[{f->element, "female"}] += p.female;
        sums[{f->element, "male"}] += p.male;
      } else {
        sums[{f->element, ""}] += p.total();
      }
    }
  }
  std::vector<FedValue> out;
  for (const auto& [key, sum] : sums) {
    double v = sum;
    auto cap = totals.find(std::string(caps[key.first]) + "." + key.second);
    if (cap != totals.end()) v = std::min(v, cap->second);
    out.push_back({key.first, key.second, v});
  }
  return out;
}

namespace {

// The elements `a` feeds when done.
std::set<std::string> elements_fed_by(const ActivityRecord& a) {
  std::set<std::string> out;
  for (Audience au : audiences())
    if (const Feed* f = feed_of(a.type, au)) out.insert(f->element);
  return out;
}

// Activities::feed, told which elements the changed activity fed before
// (`released`): those values, when the system wrote them and no activity of
// the half-year feeds them now, are erased. Values typed by a person stay.
std::string feed_half(storage::Store& store, DataValues& values, int64_t org_id, const std::string& date,
                      const std::set<std::string>& released) {
  auto d = parse_date(date);
  if (!d) return "";
  const Period half = period_of(PeriodType::kHalfYear, *d);
  std::vector<ActivityRecord> done;
  std::map<std::string, double> totals;
  std::string org_code;
  struct Existing {
    ValueInput input;
    bool derived;  // last written by the system
  };
  std::vector<Existing> existing;
  Status st = store.read([&](storage::Tx& tx) -> Status {
    auto org = tx.org_by_id(org_id);
    if (!org) return Error::NotFound("Không tìm thấy đơn vị.");
    org_code = org->code;
    // An activity belongs to the half-year it ends in.
    for (auto& a : tx.activities_of(org_id, iso(half.start()), iso(half.end())))
      if (a.status == ActivityStatus::kDone && half_of(a.end) == half.code()) done.push_back(std::move(a));
    std::map<int64_t, std::string> codes;
    for (const auto& e : tx.data_elements()) codes[e.id] = e.code;
    for (const auto& v : tx.values_of(org_id, half.code())) {
      if (!v.number) continue;
      const std::string& code = codes[v.element_id];
      totals[code + "." + v.option] = *v.number;
      if (std::find(fed_elements().begin(), fed_elements().end(), code) != fed_elements().end())
        existing.push_back({{code, v.option, org->code, half.code(), std::nullopt},  // erased unless fed again
                            v.updated_by == Actor::System().username});
    }
    return Status::Ok();
  });
  if (!st) return st.error().message;
  std::vector<ValueInput> batch;
  for (const auto& f : derived_values(done, totals))
    batch.push_back({f.element, f.option, org_code, half.code(), std::to_string(static_cast<long long>(f.value))});
  // Values derived before but not now (the activity was cancelled, moved or
  // deleted) are erased: an option no longer fed while its element still is,
  // or an element the changed activity fed that nothing feeds any more.
  const size_t fed_now = batch.size();
  for (const auto& e : existing) {
    const auto first = batch.begin(), last = batch.begin() + static_cast<std::ptrdiff_t>(fed_now);
    const bool fed = std::any_of(first, last, [&](const ValueInput& b) {
      return b.element == e.input.element && b.option == e.input.option;
    });
    const bool any_feeds_element =
        std::any_of(first, last, [&](const ValueInput& b) { return b.element == e.input.element; });
    if (!fed && (any_feeds_element || (e.derived && released.count(e.input.element)))) batch.push_back(e.input);
  }
  if (batch.empty()) return "";
  auto r = values.save(Actor::System(), batch);
  if (!r) return "Chưa cập nhật được số liệu " + half.label_vi() + " từ hoạt động: " + r.error().message;
  return "";
}

}  // namespace

std::string Activities::feed(int64_t org_id, const std::string& date) {
  return feed_half(store_, values_, org_id, date, {});
}

void Activities::feed_after(const std::optional<ActivityRecord>& before, const std::optional<ActivityRecord>& after,
                            ActivityView* view) {
  const bool was = before && before->status == ActivityStatus::kDone;
  const bool is = after && after->status == ActivityStatus::kDone;
  if (!was && !is) return;
  std::vector<std::pair<int64_t, std::string>> halves;
  for (const auto* a : {before ? &*before : nullptr, after ? &*after : nullptr}) {
    if (!a) continue;
    std::pair<int64_t, std::string> h{a->org_id, half_of(a->end)};
    if (std::find(halves.begin(), halves.end(), h) == halves.end()) halves.push_back(h);
  }
  for (const auto& [org, half] : halves) {
    const std::string date = (before && half_of(before->end) == half) ? before->end : after->end;
    std::set<std::string> released;
    if (was && half_of(before->end) == half) released = elements_fed_by(*before);
    std::string w = feed_half(store_, values_, org, date, released);
    if (view && !w.empty()) view->feed_warning = w;
  }
}

}  // namespace bd::app
