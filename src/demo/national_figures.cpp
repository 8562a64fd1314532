// The national demo's figures: a believable school of its type (staff mostly
// women, as in Vietnamese schools; shares of women leaders and of people
// trained or reached slowly rising over the decade), drawn per unit and
// period from hashes.
#include <algorithm>
#include <cmath>

#include "demo/national.h"

namespace bd::app {
namespace {

// A deterministic stream of numbers for one unit and period.
struct Draw {
  uint64_t s;
  int range(int lo, int hi) {
    s = national_mix(s);
    return lo + static_cast<int>(s % static_cast<uint64_t>(hi - lo + 1));
  }
  bool chance(int percent) { return range(0, 99) < percent; }
};

// The unit's sizes, fixed over the years.
struct Profile {
  int staff_f = 0, staff_m = 0, managers = 2, students_f = 0, students_m = 0, youth = 0;
};

Profile profile_of(const NationalUnit& u) {
  Draw d{u.seed};
  Profile p;
  switch (u.type) {
    case OrgType::kSchoolPreschool: p.staff_f = d.range(18, 45), p.staff_m = d.range(0, 3); break;
    case OrgType::kSchoolPrimary: p.staff_f = d.range(25, 55), p.staff_m = d.range(3, 10); break;
    case OrgType::kSchoolLowerSecondary: p.staff_f = d.range(28, 60), p.staff_m = d.range(6, 18); break;
    case OrgType::kSchoolUpperSecondary: p.staff_f = d.range(45, 90), p.staff_m = d.range(15, 40); break;
    case OrgType::kSchoolMultilevel: p.staff_f = d.range(30, 60), p.staff_m = d.range(5, 15); break;
    default: p.staff_f = d.range(10, 25), p.staff_m = d.range(5, 12); break;
  }
  p.managers = (p.staff_f + p.staff_m) > 60 ? 4 : (p.staff_f + p.staff_m) > 30 ? 3 : 2;
  const int pupils_per_staff = u.type == OrgType::kSchoolPreschool ? 8 : 14;
  p.students_f = (p.staff_f + p.staff_m) * pupils_per_staff / 2 + d.range(-30, 30);
  p.students_m = p.students_f + d.range(-20, 40);
  p.youth = d.range(300, 1800);
  return p;
}

int share(int n, double fraction) { return std::clamp(static_cast<int>(std::lround(n * fraction)), 0, n); }

// One form's values for a period; `t` is the year's index in the decade (0..),
// `span` the number of years - 1, `half` 0 for a year.
class FormValues {
 public:
  FormValues(const Profile& p, uint64_t seed, int t, int span, int half)
      : p_(p), d_{seed}, t_(t), progress_(span > 0 ? static_cast<double>(t) / span : 1.0), half_(half) {
    staff_f_ = p.staff_f + t / 3;
    mgr_f_ = share(p.managers, 0.34 + 0.16 * progress_ + d_.range(-10, 10) / 100.0);
    mgr_m_ = p.managers - mgr_f_;
    teach_f_ = std::max(0, staff_f_ - mgr_f_ - 3);
    teach_m_ = std::max(0, p.staff_m - mgr_m_ - 1);
    youth_f_ = p.youth;
    youth_m_ = std::max(0, p.youth + d_.range(-50, 80));
  }

  double value(const std::string& code, const std::string& option) {
    const bool f = option == "female";
    const int staff = f ? staff_f_ : p_.staff_m, teachers = f ? teach_f_ : teach_m_;
    const int managers = f ? mgr_f_ : mgr_m_, students = f ? p_.students_f : p_.students_m;
    if (code == "staff_total") return staff;
    if (code == "staff_managers") return managers;
    if (code == "staff_managers_trained") return std::max(0, managers - (d_.chance(15) ? 1 : 0));
    if (code == "staff_teachers") return teachers;
    if (code == "staff_teachers_standard") return std::max(0, teachers - (t_ < 4 && d_.chance(40) ? 1 : 0));
    if (code == "staff_teachers_above") return share(teachers, 0.40 + 0.20 * progress_);
    if (code == "staff_masters") return share(staff, 0.03 + 0.07 * progress_ + d_.range(0, 3) / 100.0);
    if (code == "staff_phd") return d_.chance(3) ? 1 : 0;
    if (code == "staff_party") return share(staff, (f ? 0.50 : 0.58) + 0.1 * progress_);
    if (code == "mass_org_leaders") return f ? d_.range(2, 4) : d_.range(1, 3);
    if (code == "staff_trained_ge") return share(staff, 0.45 + 0.5 * progress_);
    if (code == "staff_health_checked") return std::max(0, staff - d_.range(0, 2));
    if (code == "committee_members") return f ? 4 : 1;
    if (code == "committee_trained") return f ? std::min(4, 1 + t_ / 2) : t_ > 2 ? 1 : 0;
    if (code == "party_admitted") return d_.chance(half_ == 2 ? 30 : 10) ? 1 : 0;
    if (code == "party_class") return d_.range(0, f ? 2 : 1);
    if (code == "staff_pregnant") return pregnant_ = d_.range(0, 4);
    if (code == "staff_maternity_care") return std::max(0, pregnant_ - (d_.chance(5) ? 1 : 0));
    if (code == "staff_births") return d_.range(0, 2);
    if (code == "domestic_violence_cases") return d_.chance(1) ? 1 : 0;
    if (code == "abuse_cases") return d_.range(0, 999) < 3 ? 1 : 0;
    if (code == "students_total") return students;
    if (code == "students_reached") return share(students, 0.55 + 0.4 * progress_);
    if (code == "students_communicators") return share(students, 0.02 + 0.05 * progress_);
    if (code == "parents_total") return parents_ = p_.students_f + p_.students_m - d_.range(10, 40);
    if (code == "parents_reached") return share(parents_, 0.35 + 0.5 * progress_);
    if (code == "youth_15_18") return f ? youth_f_ : youth_m_;
    if (code == "youth_15_18_lower_secondary") return share(f ? youth_f_ : youth_m_, 0.88 + 0.1 * progress_);
    if (code == "gender_in_teaching") return t_ >= 2 || d_.chance(60) ? 1 : 0;
    if (code == "website_ge_section") return d_.chance(25 + static_cast<int>(65 * progress_)) ? 1 : 0;
    if (code == "hotline_displayed") return d_.chance(55 + static_cast<int>(45 * progress_)) ? 1 : 0;
    if (code == "health_worker") return d_.chance(80) ? 1 : 0;
    return d_.range(0, 20);
  }

 private:
  const Profile& p_;
  Draw d_;
  int t_;
  double progress_;
  int half_;
  int staff_f_ = 0, mgr_f_ = 0, mgr_m_ = 0, teach_f_ = 0, teach_m_ = 0;
  int pregnant_ = 0, parents_ = 0, youth_f_ = 0, youth_m_ = 0;
};

}  // namespace

NationalFigures::NationalFigures(const std::vector<DataElement>& elements, const std::vector<DataSet>& sets,
                                 int first_year, int last_year)
    : sets_(sets), first_year_(first_year), last_year_(last_year) {
  for (const DataSet& s : sets_) {
    Form form{&s, {}, {}};
    for (const auto& code : s.elements) {
      auto e = std::find_if(elements.begin(), elements.end(), [&](const DataElement& d) { return d.code == code; });
      if (e == elements.end()) continue;
      const Category* c = e->category.empty() ? nullptr : find_category(e->category);
      if (!e->category.empty() && !c) continue;
      for (size_t o = 0; o < (c ? c->options.size() : 1); ++o) {
        form.cells.emplace_back(e->id, c ? c->options[o].code : "");
        form.codes.push_back(code);
      }
    }
    forms_.push_back(std::move(form));
  }
}

void NationalFigures::of_unit(const NationalUnit& u, int64_t org_id, std::vector<StoredValue>& out) const {
  if (u.type == OrgType::kDepartment) return;  // offices' own staff would blur their provinces' totals
  const Profile p = profile_of(u);
  for (int year = first_year_; year <= last_year_; ++year) {
    for (int half = 0; half <= 2; ++half) {  // the year's own forms, then each half's
      const Period period = half ? Period{PeriodType::kHalfYear, year, half} : Period{PeriodType::kYear, year, 1};
      const std::string code = period.code();
      for (size_t f = 0; f < forms_.size(); ++f) {
        const Form& form = forms_[f];
        if (form.set->period_type != period.type || !form.set->applies_to(u.type)) continue;
        const uint64_t seed = national_mix(u.seed ^ national_mix((static_cast<uint64_t>(year) << 8) | (half << 4) | f));
        if (seed % 1000 < 15) continue;  // this form was never sent
        FormValues values(p, seed, year - first_year_, last_year_ - first_year_, half);
        for (size_t k = 0; k < form.cells.size(); ++k) {
          StoredValue v;
          v.element_id = form.cells[k].first;
          v.option = form.cells[k].second;
          v.org_id = org_id;
          v.period = code;
          v.number = values.value(form.codes[k], v.option);
          out.push_back(std::move(v));
        }
      }
    }
  }
}

}  // namespace bd::app
