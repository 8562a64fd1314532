// The explorer: any indicators or data elements, over the units one to three
// levels under a unit, over several periods, with sex as a dimension; a
// table with a subtotal for each unit that groups rows and a total for the
// unit itself, every figure straight from the analytics engine (a subtotal is
// the engine's value for the grouping unit, so a rate is the rate of the
// group, never a sum of rates). Read-only.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/analytics/analytics.h"
#include "app/context.h"
#include "core/result.h"
#include "storage/store.h"

namespace bd::app {

inline constexpr size_t kExplorerMaxItems = 20;
inline constexpr size_t kExplorerMaxPeriods = 10;
inline constexpr size_t kExplorerMaxRows = 2000;

// What the explorer shows; every field has a text form for the URL, so a view
// can be shared or saved (`to_query`, `parse`).
struct ExplorerQuery {
  std::vector<std::string> items;    // data element or indicator codes
  std::string org;                   // the unit whose subtree is shown
  int depth = 1;                     // 1 = its children, 2 = the level under them, 3
  std::vector<std::string> periods;  // period codes, "2025", "2025S1"
  bool by_sex = false;               // female and male columns for elements by sex
  std::string chart = "bar";         // bar, stacked, line, sex
  // Which tree the figures follow: "period" (default) each period's own
  // (tree_history.h; the rows are the units of the latest period chosen), or
  // "current", the tree of today for every period ("theo cơ cấu hiện nay").
  std::string structure = "period";

  // From the query parameters (repeated names or comma-separated lists both
  // work: item=a&item=b or items=a,b). Refuses in Vietnamese.
  static Result<ExplorerQuery> parse(const std::multimap<std::string, std::string>& params);
  // items=a,b&org=X&depth=1&periods=2024,2025&sex=1&chart=bar[&structure=current]
  std::string to_query() const;
};

// One column: an item in one period, and one sex or both.
struct ExplorerColumn {
  std::string item, item_name;
  std::string unit;  // an indicator's ("percent", "per100", "ratio", "count"); elements "count" or "number"
  bool indicator = false;
  std::string period, period_label;
  std::string sex;   // "" both, "female", "male"
};

struct ExplorerRow {
  std::string code, name;
  int level = 0;             // 0 = the unit itself, 1 = its children, …
  std::string kind;          // "unit", "subtotal" (a grouping unit), "total"
  std::vector<std::optional<double>> values;  // one per column
};

struct ExplorerItem {
  std::string code, name;
  bool indicator = false;
  bool by_sex = false;
};

struct ExplorerTable {
  OrgUnit unit;
  ExplorerQuery query;
  std::vector<ExplorerColumn> columns;
  std::vector<ExplorerRow> rows;  // units in tree order, each group's subtotal after it, the total last
  size_t units = 0;               // rows of kind "unit"
  // With structure "period": the period whose tree the rows follow, and
  // whether another chosen period follows another tree (its figures then are
  // those of its own tree: a subtotal is not the sum of the rows shown).
  std::string rows_period;
  bool mixed_trees = false;
};

class Explorer {
 public:
  // `max_rows`: the most rows a table may have (more is refused, before any
  // figure is read).
  Explorer(storage::Store& store, Analytics& analytics, size_t max_rows = kExplorerMaxRows)
      : store_(store), analytics_(analytics), max_rows_(max_rows) {}

  // What can be chosen: the indicators, then the data elements.
  std::vector<ExplorerItem> items() const;
  Result<ExplorerTable> run(const Actor& a, const ExplorerQuery& q);

 private:
  storage::Store& store_;
  Analytics& analytics_;
  size_t max_rows_;
};

}  // namespace bd::app
