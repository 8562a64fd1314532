// Contract: identifiers in other systems on both engines.
#include "storage/engine_fixture.h"

namespace bd::test {
namespace {

using storage::ExternalId;

class ExternalIdStore : public EngineTest {};

TEST_P(ExternalIdStore, MappingsAreKeptPerSystemAndReplacedByKindAndCode) {
  write([&](storage::Tx& tx) {
    tx.put_external_id({"DHIS2", "dataElement", "staff_managers", "fbfJHSPpUQD"});
    tx.put_external_id({"DHIS2", "orgUnit", "SGD-AL", "ImspTQPwCqd"});
    tx.put_external_id({"DHIS2", "categoryOption", "female", "FEMALE"});
    tx.put_external_id({"KHAC", "orgUnit", "SGD-AL", "AL-01"});
  });
  read([&](storage::Tx& tx) {
    auto ids = tx.external_ids("DHIS2");
    ASSERT_EQ(ids.size(), 3u);
    EXPECT_EQ(ids[0].kind, "categoryOption") << "by kind, then code";
    EXPECT_EQ(ids[1].external, "fbfJHSPpUQD");
    EXPECT_EQ(tx.external_systems(), (std::vector<std::string>{"DHIS2", "KHAC"}));
  });
  write([&](storage::Tx& tx) { tx.put_external_id({"DHIS2", "orgUnit", "SGD-AL", "NEWUID00001"}); });
  write([&](storage::Tx& tx) { tx.delete_external_id("DHIS2", "dataElement", "staff_managers"); });
  read([&](storage::Tx& tx) {
    auto ids = tx.external_ids("DHIS2");
    ASSERT_EQ(ids.size(), 2u);
    EXPECT_EQ(ids[1].external, "NEWUID00001");
    EXPECT_EQ(tx.external_ids("KHAC")[0].external, "AL-01") << "another system's mapping is untouched";
  });
}

TEST_P(ExternalIdStore, TwoCodesCannotShareOneExternalIdentifier) {
  write([&](storage::Tx& tx) { tx.put_external_id({"DHIS2", "orgUnit", "A", "X1"}); });
  Status st = store_->write([&](storage::Tx& tx) {
    tx.put_external_id({"DHIS2", "orgUnit", "B", "X1"});
    return Status::Ok();
  });
  EXPECT_FALSE(st.ok()) << "the unique index refuses it and the transaction rolls back";
  read([&](storage::Tx& tx) { EXPECT_EQ(tx.external_ids("DHIS2").size(), 1u); });
}

BD_ENGINES(ExternalIdStore);

}  // namespace
}  // namespace bd::test
