// A national-scale demo for benchmarks (`binhdang demo --scale national`,
// docs/benchmarks.md): the ministry, 34 departments, about 3,300 communes and
// 54,000 schools, ten years of figures for the built-in catalog (every data
// set each unit reports: half-years and years), the latest year's half-year
// reports in every state, and a few users at each level. Places and people
// are invented.
//
// Deterministic: the same shape and year give the same units, figures and
// reports (hashes of indexes, no global random state).
//
// Loaded through app::BulkLoad (one transaction and one audit record per
// load): the entry use cases, one record at a time, would take hours.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

#include "demo/demo.h"

namespace bd::app {

// SplitMix64's finaliser: the demo's deterministic hash.
uint64_t national_mix(uint64_t x);

struct NationalShape {
  int departments = 34;
  int communes = 3300;
  int schools = 54000;
  int years = 10;     // of figures, ending with last_year
  int last_year = 0;  // 0: this year, by the app's clock

  // The national shape scaled down to `schools` schools (tests, smaller runs):
  // about 16 schools a commune and 97 communes a department, at least one each.
  static NationalShape with_schools(int schools);
};

// One generated unit. Units come parents first: departments, communes, then
// schools (upper secondary schools and continuing-education centres under
// their department, the others under their commune).
struct NationalUnit {
  std::string code, name, short_name;
  OrgType type = OrgType::kOther;
  int parent = -1;  // index of the parent in the list; -1: the root (ministry)
  uint64_t seed = 0;  // the unit's own hash, for its figures and reports
};
std::vector<NationalUnit> national_tree(const NationalShape& shape);

// The figures of a unit: every data set of `sets` its type reports, for every
// period of [first_year, last_year], each element by option; about 1.5% of
// a unit's forms are missing. Element ids come from `elements` (codes of the
// catalog); elements not found there are left out.
class NationalFigures {
 public:
  NationalFigures(const std::vector<DataElement>& elements, const std::vector<DataSet>& sets, int first_year,
                  int last_year);
  // Appends the unit's figures, period by period (its id as org_id).
  void of_unit(const NationalUnit& u, int64_t org_id, std::vector<StoredValue>& out) const;

 private:
  struct Form {
    const DataSet* set;
    std::vector<std::pair<int64_t, std::string>> cells;  // element id, option
    std::vector<std::string> codes;                      // element code of each cell
  };
  std::vector<DataSet> sets_;
  std::vector<Form> forms_;
  int first_year_, last_year_;
};

// The half-year reports of `year` (S1 and S2) of every school and
// department: most approved (some late), some submitted, returned, in draft,
// exempted, and a few missing altogether. `ids[i]` is units[i]'s stored id.
std::vector<ReportRecord> national_reports(const std::vector<NationalUnit>& units, const std::vector<int64_t>& ids,
                                           const std::vector<DataSet>& sets, int year);

// Runs initialize(), then adds the national demo once (nothing when its
// first department exists). `progress`, when given, gets one line per step
// with its time. Demo users get the admin's password when given.
Result<DemoResult> build_national_demo(App& app, const InitOptions& options, const NationalShape& shape,
                                       std::ostream* progress = nullptr);

}  // namespace bd::app
