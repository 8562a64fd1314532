// Contract: org units on both engines.
#include "storage/engine_fixture.h"

namespace bd::test {
namespace {

class OrgStore : public EngineTest {};

TEST_P(OrgStore, InsertSetsIdAndMaterialisedPath) {
  OrgUnit root = add_org("ROOT", std::nullopt, OrgType::kMinistry);
  OrgUnit dept = add_org("DEPT", root.id, OrgType::kDepartment);
  EXPECT_GT(root.id, 0);
  EXPECT_EQ(root.path, "/" + std::to_string(root.id) + "/");
  EXPECT_EQ(dept.path, root.path + std::to_string(dept.id) + "/");
  read([&](storage::Tx& tx) {
    auto got = tx.org_by_code("DEPT");
    ASSERT_TRUE(got);
    EXPECT_EQ(got->name, "Đơn vị DEPT");
    EXPECT_EQ(got->type, OrgType::kDepartment);
    EXPECT_EQ(got->parent_id, root.id);
    EXPECT_FALSE(got->governor_id);
    EXPECT_EQ(tx.org_by_id(dept.id)->code, "DEPT");
    EXPECT_FALSE(tx.org_by_code("NONE"));
    EXPECT_EQ(tx.count_orgs(), 2);
  });
}

// The bulk load, level by level: ids and paths set, parent spans opened.
TEST_P(OrgStore, InsertOrgsLoadsALevelAtOnce) {
  OrgUnit root = add_org("ROOT", std::nullopt, OrgType::kMinistry);
  OrgUnit governor = add_org("UBND", root.id, OrgType::kCommune);
  std::vector<OrgUnit> depts;
  for (int i = 0; i < 3; ++i) {
    OrgUnit u;
    u.code = "SGD-" + std::to_string(i);
    u.name = "Sở " + std::to_string(i);
    u.short_name = "SGDĐT";
    u.type = OrgType::kDepartment;
    u.parent_id = root.id;
    u.opened = "2015-08-15";
    depts.push_back(u);
  }
  write([&](storage::Tx& tx) { tx.insert_orgs(depts); });
  std::vector<OrgUnit> schools;
  for (int i = 0; i < 300; ++i) {
    OrgUnit u;
    u.code = "TH-" + std::to_string(i);
    u.name = "Trường " + std::to_string(i);
    u.type = OrgType::kSchoolPrimary;
    u.parent_id = depts[static_cast<size_t>(i % 3)].id;
    u.governor_id = governor.id;
    u.opened = "2016-09-05";
    schools.push_back(u);
  }
  write([&](storage::Tx& tx) {
    tx.insert_orgs(schools);
    std::vector<OrgUnit> none;
    tx.insert_orgs(none);
  });
  EXPECT_GT(depts[0].id, governor.id);
  EXPECT_EQ(depts[1].path, root.path + std::to_string(depts[1].id) + "/");
  EXPECT_EQ(schools[4].path, depts[1].path + std::to_string(schools[4].id) + "/");
  read([&](storage::Tx& tx) {
    EXPECT_EQ(tx.count_orgs(), 2 + 3 + 300);
    EXPECT_EQ(tx.orgs_within(depts[2].path).size(), 101u);
    auto got = tx.org_by_code("TH-299");
    ASSERT_TRUE(got);
    EXPECT_EQ(got->id, schools[299].id);
    EXPECT_EQ(got->path, schools[299].path);
    EXPECT_EQ(got->name, "Trường 299");
    EXPECT_EQ(got->governor_id, governor.id);
    EXPECT_EQ(got->opened, "2016-09-05");
    auto d = tx.org_by_code("SGD-0");
    EXPECT_EQ(d->short_name, "SGDĐT");
    EXPECT_FALSE(d->governor_id);
    auto spans = tx.parent_history(schools[7].id);
    ASSERT_EQ(spans.size(), 1u);
    EXPECT_EQ(spans[0].parent_id, depts[1].id);
    EXPECT_EQ(spans[0].valid_from, "2016-09-05");
    EXPECT_EQ(spans[0].valid_to, "");
    // Each given governing body, held from before the records; none for the others.
    auto governed = tx.governor_history(schools[7].id);
    ASSERT_EQ(governed.size(), 1u);
    EXPECT_EQ(governed[0].parent_id, governor.id);
    EXPECT_EQ(governed[0].valid_from, "");
    EXPECT_EQ(governed[0].valid_to, "");
    EXPECT_TRUE(tx.governor_history(depts[0].id).empty());
    EXPECT_EQ(tx.governor_spans().size(), 300u);
  });
}

// Many codes at once, over more than one statement (500 codes each).
TEST_P(OrgStore, UnitsAreFoundByManyCodesAtOnce) {
  OrgUnit root = add_org("ROOT", std::nullopt, OrgType::kMinistry);
  std::vector<OrgUnit> schools;
  for (int i = 0; i < 700; ++i) {
    OrgUnit u;
    u.code = "TH-" + std::to_string(i);
    u.name = "Trường " + std::to_string(i);
    u.type = OrgType::kSchoolPrimary;
    u.parent_id = root.id;
    schools.push_back(u);
  }
  write([&](storage::Tx& tx) { tx.insert_orgs(schools); });
  std::vector<std::string> codes{"NONE", "th-5", "ROOT", "TH-5"};  // unknown, another case, twice
  for (int i = 0; i < 700; i += 2) codes.push_back("TH-" + std::to_string(i));
  read([&](storage::Tx& tx) {
    auto got = tx.orgs_by_codes(codes);
    std::map<std::string, OrgUnit> by_code;
    for (auto& u : got) by_code.emplace(u.code, u);
    EXPECT_EQ(got.size(), 1u + 1u + 350u) << "each unit once, unknown codes left out";
    EXPECT_EQ(by_code.size(), got.size());
    EXPECT_FALSE(by_code.count("th-5"));
    ASSERT_TRUE(by_code.count("TH-698"));
    EXPECT_EQ(by_code["TH-698"].id, schools[698].id);
    EXPECT_EQ(by_code["TH-698"].path, schools[698].path);
    EXPECT_EQ(by_code["TH-698"].name, "Trường 698");
    EXPECT_EQ(by_code["ROOT"].type, OrgType::kMinistry);
    EXPECT_TRUE(tx.orgs_by_codes({}).empty());
  });
}

TEST_P(OrgStore, SubtreeIsAPathPrefixAndChildrenAreDirect) {
  OrgUnit root = add_org("ROOT", std::nullopt);
  OrgUnit a = add_org("A", root.id), b = add_org("B", root.id);
  add_org("A1", a.id);
  add_org("A2", a.id);
  add_org("B1", b.id);
  read([&](storage::Tx& tx) {
    auto sub = tx.orgs_within(a.path);
    ASSERT_EQ(sub.size(), 3u);
    EXPECT_EQ(sub[0].code, "A");
    EXPECT_EQ(tx.orgs_within(root.path).size(), 6u);
    EXPECT_EQ(tx.org_children(root.id).size(), 2u);
    ASSERT_EQ(tx.org_roots().size(), 1u);
    EXPECT_EQ(tx.org_roots()[0].code, "ROOT");
  });
}

TEST_P(OrgStore, ElevenIsNotBelowOne) {
  // "/1/" must not match "/11/": prefixes end with a slash.
  OrgUnit root = add_org("ROOT", std::nullopt);
  std::vector<OrgUnit> units;
  for (int i = 0; i < 11; ++i) units.push_back(add_org("U" + std::to_string(i), root.id));
  OrgUnit first = units.front();
  add_org("CHILD", units.back().id);
  read([&](storage::Tx& tx) { EXPECT_EQ(tx.orgs_within(first.path).size(), 1u); });
}

TEST_P(OrgStore, MoveSubtreeRewritesEveryDescendantPath) {
  OrgUnit root = add_org("ROOT", std::nullopt);
  OrgUnit office = add_org("OFFICE", root.id), dept = add_org("DEPT", root.id);
  OrgUnit school = add_org("SCHOOL", office.id);
  OrgUnit klass = add_org("GROUP", school.id);
  const std::string new_path = child_path(dept.path, school.id);
  write([&](storage::Tx& tx) {
    tx.move_subtree(school.path, new_path);
    OrgUnit s = *tx.org_by_id(school.id);
    s.parent_id = dept.id;
    tx.update_org(s);
  });
  read([&](storage::Tx& tx) {
    EXPECT_EQ(tx.org_by_code("SCHOOL")->path, new_path);
    EXPECT_EQ(tx.org_by_code("GROUP")->path, new_path + std::to_string(klass.id) + "/");
    EXPECT_EQ(tx.orgs_within(office.path).size(), 1u);
    EXPECT_EQ(tx.orgs_within(dept.path).size(), 3u);
    EXPECT_EQ(tx.org_by_code("SCHOOL")->parent_id, dept.id);
  });
}

TEST_P(OrgStore, UpdateKeepsVietnameseTextAndNullables) {
  OrgUnit root = add_org("ROOT", std::nullopt);
  OrgUnit gov = add_org("UBND", root.id, OrgType::kCommune);
  OrgUnit u = add_org("S", root.id);
  u.name = "Trường Mầm non Hoa Sen – Đồng Tháp";
  u.short_name = "MNHSĐT";
  u.governor_id = gov.id;
  u.opened = "2015-08-15";
  u.closed = "2025-07-01";
  write([&](storage::Tx& tx) { tx.update_org(u); });
  read([&](storage::Tx& tx) {
    auto got = *tx.org_by_code("S");
    EXPECT_EQ(got.name, u.name);
    EXPECT_EQ(got.short_name, "MNHSĐT");
    EXPECT_EQ(got.governor_id, gov.id);
    EXPECT_EQ(got.opened, "2015-08-15");
    EXPECT_TRUE(got.is_closed());
  });
}

TEST_P(OrgStore, ParentHistoryKeepsSpans) {
  OrgUnit root = add_org("ROOT", std::nullopt);
  OrgUnit office = add_org("OFFICE", root.id);
  OrgUnit school = add_org("SCHOOL", office.id);
  write([&](storage::Tx& tx) {
    tx.add_parent_span(school.id, {office.id, "2015-08-15", ""});
    tx.end_parent_span(school.id, "2025-07-01");
    tx.add_parent_span(school.id, {root.id, "2025-07-01", ""});
  });
  read([&](storage::Tx& tx) {
    auto h = tx.parent_history(school.id);
    ASSERT_EQ(h.size(), 2u);
    EXPECT_EQ(h[0].parent_id, office.id);
    EXPECT_EQ(h[0].valid_to, "2025-07-01");
    EXPECT_EQ(h[1].parent_id, root.id);
    EXPECT_EQ(h[1].valid_to, "");
    auto all = tx.parent_spans();  // add_org wrote none: only the school's
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].unit_id, school.id);
    EXPECT_EQ(all[0].span.parent_id, office.id);
    EXPECT_EQ(all[0].span.valid_from, "2015-08-15");
    EXPECT_EQ(all[1].span.parent_id, root.id);
    EXPECT_EQ(all[1].span.valid_to, "");
  });
  // A move dated before the current span began: that span held from before the records.
  write([&](storage::Tx& tx) {
    tx.add_parent_span(office.id, {root.id, "2026-01-10", ""});
    tx.end_parent_span(office.id, "2025-07-01");
  });
  read([&](storage::Tx& tx) {
    auto h = tx.parent_history(office.id);
    ASSERT_EQ(h.size(), 1u);
    EXPECT_EQ(h[0].valid_from, "");
    EXPECT_EQ(h[0].valid_to, "2025-07-01");
  });
}

TEST_P(OrgStore, GovernorHistoryKeepsSpansLikeTheParents) {
  OrgUnit root = add_org("ROOT", std::nullopt);
  OrgUnit office = add_org("OFFICE", root.id), commune = add_org("COMMUNE", root.id);
  OrgUnit school = add_org("SCHOOL", root.id);
  write([&](storage::Tx& tx) {
    tx.add_governor_span(school.id, {office.id, "", ""});
    tx.end_governor_span(school.id, "2025-07-01");
    tx.add_governor_span(school.id, {commune.id, "2025-07-01", ""});
    tx.add_parent_span(school.id, {root.id, "2020-01-01", ""});  // the other history, untouched
  });
  read([&](storage::Tx& tx) {
    auto h = tx.governor_history(school.id);
    ASSERT_EQ(h.size(), 2u);
    EXPECT_EQ(h[0].parent_id, office.id);
    EXPECT_EQ(h[0].valid_to, "2025-07-01");
    EXPECT_EQ(h[1].parent_id, commune.id);
    EXPECT_EQ(h[1].valid_from, "2025-07-01");
    auto all = tx.governor_spans();
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[1].unit_id, school.id);
    EXPECT_EQ(all[1].span.valid_to, "");
    EXPECT_EQ(tx.parent_history(school.id).size(), 1u);
  });
}

TEST_P(OrgStore, DuplicateCodeFailsAndRollsBack) {
  OrgUnit root = add_org("ROOT", std::nullopt);
  Status st = store_->write([&](storage::Tx& tx) {
    OrgUnit a;
    a.code = "X";
    a.name = "X";
    a.parent_id = root.id;
    tx.insert_org(a);
    OrgUnit b = a;
    tx.insert_org(b);  // unique violation throws
    return Status::Ok();
  });
  EXPECT_FALSE(st.ok());
  EXPECT_EQ(st.error().code, ErrorCode::kInternal);
  read([&](storage::Tx& tx) { EXPECT_FALSE(tx.org_by_code("X")); });
}

BD_ENGINES(OrgStore);

}  // namespace
}  // namespace bd::test
