#include "app/registers/access.h"

#include <gtest/gtest.h>

#include "app/access_fixture.h"

namespace bd::app {
namespace {

using testing::actor;
using testing::unit_at;

TEST(RegisterAccess, InspectionsAreWrittenFromAboveAndAnsweredByTheUnit) {
  const OrgUnit office = unit_at("/1/5/", 5, 1);
  const OrgUnit school = unit_at("/1/5/9/", 9, 5);
  auto office_approver = actor({Role::kApprover}, "/1/5/", 5);
  auto school_editor = actor({Role::kEditor}, "/1/5/9/", 9);

  EXPECT_TRUE(can_inspect(office_approver, office, school));
  EXPECT_EQ(can_inspect(office_approver, office, office).error().code, ErrorCode::kValidation)
      << "a unit does not inspect itself";
  EXPECT_EQ(can_inspect(actor({Role::kApprover}, "/1/5/9/", 9), school, office).error().code,
            ErrorCode::kValidation)
      << "the inspecting unit must be above the inspected one";
  EXPECT_EQ(can_inspect(actor({Role::kApprover}, "/1/5/9/", 9), office, school).error().code,
            ErrorCode::kForbidden)
      << "the office is outside the school approver's subtree";
  EXPECT_FALSE(can_inspect_from(school_editor, school));
  EXPECT_TRUE(can_inspect_from(actor({Role::kManager}, "/1/", 1), office));

  EXPECT_TRUE(can_respond(school_editor, school));
  EXPECT_FALSE(can_respond(office_approver, school)) << "the inspecting side does not answer";
  EXPECT_FALSE(can_respond(actor({Role::kViewer}, "/1/5/9/", 9), school));
}

TEST(RegisterAccess, IncidentsOnlyForIncidentOfficers) {
  const OrgUnit school = unit_at("/1/5/9/", 9, 5);
  auto officer = actor({Role::kEditor, Role::kIncidentOfficer}, "/1/5/9/", 9);
  auto officer_above = actor({Role::kApprover, Role::kIncidentOfficer}, "/1/5/", 5);
  auto editor_above = actor({Role::kIncidentOfficer, Role::kEditor}, "/1/5/", 5);

  EXPECT_TRUE(can_read_incidents(officer, school));
  EXPECT_TRUE(can_record_incidents(officer, school));
  EXPECT_TRUE(can_read_incidents(officer_above, school));
  EXPECT_FALSE(can_record_incidents(officer_above, school)) << "only the unit records";
  EXPECT_FALSE(can_read_incidents(editor_above, school)) << "above, only approvers read";
  EXPECT_FALSE(can_read_incidents(actor({Role::kAdmin}, "/1/", 1), school)) << "admin is not enough";
  EXPECT_FALSE(can_read_incidents(actor({Role::kIncidentOfficer, Role::kApprover}, "/1/6/", 6), school));
}

}  // namespace
}  // namespace bd::app
