// How another system names our data elements, units, category options and
// data sets, as the exchange formats' id schemes say: `code` (ours, the
// default), `id` (our record numbers; a category option's id is its code) or
// `attribute:NAME` (the identifiers kept for the external system NAME,
// storage/repos/external_ids.h). Translates both ways; an item with no
// identifier in the scheme is unknown, never guessed.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/analytics/analytics.h"
#include "app/context.h"
#include "core/org.h"
#include "core/result.h"
#include "storage/tx.h"

namespace bd::app {

// The kinds of item that carry identifiers, as stored ("dataElement", …).
inline constexpr std::string_view kIdKinds[] = {"dataElement", "orgUnit", "categoryOption", "category", "dataSet"};
bool is_id_kind(std::string_view kind);

struct IdScheme {
  enum class Type { kCode, kId, kAttribute };
  Type type = Type::kCode;
  std::string system;  // kAttribute: the external system's name

  // "code", "id", "attribute:NAME" (case-insensitive type; DHIS2 also says
  // "CODE", "UID"). `field` names the parameter in the error.
  static Result<IdScheme> parse(std::string_view text, const std::string& field);
  std::string text() const;
};

// The schemes of one exchange: `idScheme` for all, each kind overridable
// (dataElementIdScheme, orgUnitIdScheme, categoryOptionComboIdScheme, which
// also names ADX's disaggregation attributes, dataSetIdScheme).
struct IdSchemes {
  IdScheme data_element, org_unit, option, data_set;
  // Reads the parameters; unknown values are a BadRequest naming them.
  static Result<IdSchemes> parse(const std::map<std::string, std::string>& params);
};

// The translation for one exchange, inside one transaction (units are looked
// up as they come and remembered).
class IdMap {
 public:
  IdMap(storage::Tx& tx, const Analytics& analytics, const IdSchemes& schemes);

  // Theirs → ours.
  std::optional<DataElement> element(const std::string& theirs) const;
  std::optional<OrgUnit> org(const std::string& theirs);
  // Looks up many units at once (a few statements), for org() to find.
  void prefetch_orgs(const std::vector<std::string>& theirs);
  // A category option combination: "" for none ("default", or empty), else
  // the option code; nullopt when unknown.
  std::optional<std::string> option(const std::string& theirs) const;
  // An ADX disaggregation attribute name → our category code.
  std::optional<std::string> category(const std::string& theirs) const;
  std::optional<DataSet> data_set(const std::string& theirs) const;

  // Ours → theirs (nullopt when the scheme has none for it).
  std::optional<std::string> element_out(const DataElement& e) const;
  std::optional<std::string> org_out(const OrgUnit& u) const;
  std::optional<std::string> option_out(const std::string& option) const;  // "" → "default"
  std::optional<std::string> category_out(const std::string& category) const;
  std::optional<std::string> data_set_out(const DataSet& d) const;

 private:
  // kind → (ours → theirs) and (theirs → ours), for attribute schemes.
  struct Mapping {
    std::map<std::string, std::string> out, in;
  };
  const Mapping* mapping(std::string_view kind, const IdScheme& s) const;
  std::optional<std::string> code_in(std::string_view kind, const IdScheme& s, const std::string& theirs) const;
  std::optional<std::string> code_out(std::string_view kind, const IdScheme& s, const std::string& ours) const;

  storage::Tx& tx_;
  const Analytics& analytics_;
  IdSchemes schemes_;
  std::map<std::string, Mapping> mappings_;  // "system|kind"
  std::map<std::string, std::optional<OrgUnit>> orgs_;
  std::vector<DataSet> data_sets_;
  std::map<int64_t, DataElement> elements_by_id_;  // the id scheme's
};

}  // namespace bd::app
