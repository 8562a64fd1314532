// Storage: one transaction, offering every repository interface.
//
// Each area's operations are declared in its own header under repos/, so a
// use case or helper that needs only one area takes that interface (an
// `OrgRepo&`, say) and includes only its header; a Tx converts to any of them.
// A Tx is used by one thread only, inside the callback Store::read/write gave
// it to.
#pragma once

#include "storage/repos/orgs.h"
#include "storage/repos/accounts.h"
#include "storage/repos/catalog.h"
#include "storage/repos/values.h"
#include "storage/repos/plans.h"
#include "storage/repos/reports.h"
#include "storage/repos/committee.h"
#include "storage/repos/inspections.h"
#include "storage/repos/support.h"
#include "storage/repos/activities.h"
#include "storage/repos/audit.h"
#include "storage/repos/views.h"
#include "storage/repos/external_ids.h"

namespace bd::storage {

class Tx : public OrgRepo,
           public AccountRepo,
           public CatalogRepo,
           public ValueRepo,
           public PlanRepo,
           public ReportRepo,
           public CommitteeRepo,
           public InspectionRepo,
           public SupportRepo,
           public ActivityRepo,
           public AuditRepo,
           public ViewRepo,
           public ExternalIdRepo {
 public:
  ~Tx() override = default;
};

}  // namespace bd::storage
