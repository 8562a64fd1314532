// The consolidated report of a unit for a period (báo cáo tổng hợp): the
// figures of the forms due in its subtree, summed through the analytics
// engine over the units whose reports count (approved; with
// `include_submitted`, submitted too), a table per direct child, and the
// unit's own targets. Its exports: the official .docx (type BC, "Kính gửi:"
// the parent) and an .xlsx workbook.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/analytics/analytics.h"
#include "app/plans/plans.h"
#include "app/reports/narrative_draft.h"
#include "app/context.h"
#include "app/analytics/dashboard.h"
#include "core/catalog.h"
#include "core/period.h"
#include "documents/official_document.h"
#include "storage/store.h"

namespace bd::app {

// One element's figures: by sex (female, male, total) or a single value.
struct Figure {
  std::optional<double> female, male, total;
};

struct ConsolidatedElement {
  DataElement element;
  Figure figure;
};

struct ConsolidatedSet {
  DataSet set;
  std::vector<ConsolidatedElement> rows;
};

struct ChildConsolidation {
  OrgUnit unit;
  int counted = 0;   // units of its subtree whose reports count
  int expected = 0;  // units of its subtree with a form due
  std::vector<std::vector<Figure>> figures;  // [set][element], as in `sets`
};

struct Consolidation {
  OrgUnit unit;
  std::optional<OrgUnit> parent;
  std::string governing_body;  // governing_body_of the unit
  DocumentSignature signature;  // place and signer of its latest plan
  Period period;
  bool include_submitted = false;
  int counted = 0, expected = 0;  // over the whole subtree
  std::vector<ConsolidatedSet> sets;
  std::vector<ChildConsolidation> children;
  std::vector<TargetState> targets;
  // Per target, its indicator for the same period a year before and for the
  // period just before (every stored value then), for the drafted
  // comparison, and where the direct children stand on it (on the report's
  // own basis, as the tables).
  std::vector<std::optional<double>> year_before, previous;
  std::vector<std::optional<TargetChildren>> standing;
};

class Consolidations {
 public:
  Consolidations(storage::Store& store, Analytics& analytics) : store_(store), analytics_(analytics) {}

  Result<Consolidation> build(const Actor& a, const std::string& org, const std::string& period,
                              bool include_submitted);
  // The consolidation as an official report (Decree 30 layout).
  Result<documents::OfficialDocument> document(const Actor& a, const std::string& org, const std::string& period,
                                               bool include_submitted);
  // The consolidation as an .xlsx workbook (consolidation_xlsx.cpp).
  Result<std::string> workbook(const Actor& a, const std::string& org, const std::string& period,
                               bool include_submitted);

 private:
  storage::Store& store_;
  Analytics& analytics_;
};

// The official document of a consolidation (consolidation_document.cpp).
documents::OfficialDocument consolidation_document(const Consolidation& c);

// The workbook: a summary sheet by sex with the share of women, one sheet per
// form with a row per child and the total, and the targets.
Result<std::string> consolidation_xlsx(const Consolidation& c);

// Share of women in a figure, in percent; none without a positive total.
std::optional<double> female_share(const Figure& f);

}  // namespace bd::app
