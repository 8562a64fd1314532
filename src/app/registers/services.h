// Use cases for the directory of support services: hotlines, trusted
// addresses (địa chỉ tin cậy) and shelters. National entries (no unit) are
// preloaded and kept by system administrators; every unit may add its own,
// and a unit's directory lists the national entries, then those of its
// ancestors and its own. The public hotline page (/hotlines/{code}) reads
// it without a login. Schools also record whether they display the
// hotlines: the catalog value `hotline_displayed` of the year.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/context.h"
#include "app/data/datavalues.h"
#include "core/org.h"
#include "core/registry.h"
#include "storage/store.h"

namespace bd::app {

struct ServiceInput {
  std::string kind = "hotline", name, phone, address, purpose, hours;
  int sort = 0;
};

struct ServiceRow {
  SupportService record;
  std::string owner_code, owner_name;  // "" for national entries
  bool can_edit = false;
};

struct Directory {
  OrgUnit unit;
  std::vector<ServiceRow> rows;  // national first, then from the top of the tree down
  std::optional<bool> displayed;  // the unit's hotline_displayed this year (schools)
  bool can_add = false;           // the actor may add entries for the unit
};

class Services {
 public:
  Services(storage::Store& store, DataValues& values, const Clock& clock)
      : store_(store), values_(values), clock_(clock) {}

  // Without a login: the directory of an open unit (no edit flags).
  Result<Directory> public_directory(const std::string& org);
  Result<Directory> directory(const Actor& a, const std::string& org);
  // `org` "" adds a national entry (system administrators only).
  Result<ServiceRow> create(const Actor& a, const std::string& org, ServiceInput in);
  Result<ServiceRow> update(const Actor& a, int64_t id, ServiceInput in);
  Status remove(const Actor& a, int64_t id);
  // Records whether `org` displays the hotlines in `year` (catalog value).
  Status set_displayed(const Actor& a, const std::string& org, int year, bool displayed);
  // Adds the national hotlines when there are none (init).
  Status ensure_national();

 private:
  Result<Directory> load(const std::optional<Actor>& a, const std::string& org);

  storage::Store& store_;
  DataValues& values_;
  const Clock& clock_;
};

Status validate_service(ServiceInput& in);
// The national entries preloaded by init.
const std::vector<SupportService>& national_services();

}  // namespace bd::app
