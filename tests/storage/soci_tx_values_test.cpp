// Contract: data values and locks on both engines.
#include <bit>
#include <map>

#include "storage/engine.h"
#include "storage/engine_fixture.h"
#include "storage/row.h"

namespace bd::test {
namespace {

class ValueStore : public EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (HasFatalFailure()) return;
    root_ = add_org("ROOT", std::nullopt, OrgType::kMinistry);
    school_ = add_org("SCHOOL", root_.id, OrgType::kSchoolPrimary);
    DataElement staff, note;
    staff.code = "staff";
    staff.name_vi = "Cán bộ";
    staff.category = "sex";
    note.code = "note";
    note.name_vi = "Ghi chú";
    note.value_type = ValueType::kText;
    write([&](storage::Tx& tx) {
      tx.upsert_data_element(staff);
      tx.upsert_data_element(note);
    });
    staff_ = staff.id;
    note_ = note.id;
  }
  StoredValue value(int64_t element, const std::string& option, std::optional<double> n,
                    const std::string& period = "2025S1") const {
    return {element, option, school_.id, period, n, "", 1767225600, "hanh"};
  }
  void put(const StoredValue& v) {
    write([&](storage::Tx& tx) { tx.put_value(v); });
  }

  OrgUnit root_, school_;
  int64_t staff_ = 0, note_ = 0;
};

TEST_P(ValueStore, PutThenReadBack) {
  put(value(staff_, "female", 12));
  put(value(staff_, "male", 7.5));
  read([&](storage::Tx& tx) {
    auto v = tx.value_at(staff_, "female", school_.id, "2025S1");
    ASSERT_TRUE(v);
    EXPECT_EQ(v->element_id, staff_);
    EXPECT_EQ(v->option, "female");
    EXPECT_EQ(v->org_id, school_.id);
    EXPECT_EQ(v->period, "2025S1");
    ASSERT_TRUE(v->number);
    EXPECT_DOUBLE_EQ(*v->number, 12);
    EXPECT_EQ(v->text, "");
    EXPECT_EQ(v->updated_at, 1767225600);
    EXPECT_EQ(v->updated_by, "hanh");
    EXPECT_DOUBLE_EQ(*tx.value_at(staff_, "male", school_.id, "2025S1")->number, 7.5);
    EXPECT_FALSE(tx.value_at(staff_, "", school_.id, "2025S1"));
    EXPECT_FALSE(tx.value_at(staff_, "female", school_.id, "2025S2"));
    EXPECT_FALSE(tx.value_at(staff_, "female", root_.id, "2025S1"));
    auto all = tx.values_of(school_.id, "2025S1");
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].option, "female");  // ordered by element, then option
    EXPECT_EQ(all[1].option, "male");
  });
}

TEST_P(ValueStore, PutAgainReplacesWithoutDuplicate) {
  put(value(staff_, "female", 12));
  StoredValue v = value(staff_, "female", 15);
  v.updated_at = 1767300000;
  v.updated_by = "lan";
  put(v);
  read([&](storage::Tx& tx) {
    auto all = tx.values_of(school_.id, "2025S1");
    ASSERT_EQ(all.size(), 1u);
    EXPECT_DOUBLE_EQ(*all[0].number, 15);
    EXPECT_EQ(all[0].updated_at, 1767300000);
    EXPECT_EQ(all[0].updated_by, "lan");
  });
}

TEST_P(ValueStore, TextValueAndNullNumber) {
  StoredValue t = value(note_, "", std::nullopt);
  t.text = "Trường đã sáp nhập điểm lẻ Buôn Ma Thuột";
  put(t);
  put(value(staff_, "male", std::nullopt));
  read([&](storage::Tx& tx) {
    auto got = tx.value_at(note_, "", school_.id, "2025S1");
    ASSERT_TRUE(got);
    EXPECT_FALSE(got->number);
    EXPECT_EQ(got->text, "Trường đã sáp nhập điểm lẻ Buôn Ma Thuột");
    auto blank = tx.value_at(staff_, "male", school_.id, "2025S1");
    ASSERT_TRUE(blank);
    EXPECT_FALSE(blank->number);  // null, not 0
  });
  // A number replaced by null stays null.
  put(value(staff_, "female", 3));
  put(value(staff_, "female", std::nullopt));
  read([&](storage::Tx& tx) { EXPECT_FALSE(tx.value_at(staff_, "female", school_.id, "2025S1")->number); });
  // Zero is a value, not null.
  put(value(staff_, "female", 0));
  read([&](storage::Tx& tx) {
    auto z = tx.value_at(staff_, "female", school_.id, "2025S1");
    ASSERT_TRUE(z->number);
    EXPECT_EQ(*z->number, 0);
  });
}

TEST_P(ValueStore, DeleteRemovesOnlyThatValue) {
  put(value(staff_, "female", 12));
  put(value(staff_, "male", 8));
  write([&](storage::Tx& tx) { tx.delete_value(staff_, "female", school_.id, "2025S1"); });
  read([&](storage::Tx& tx) {
    EXPECT_FALSE(tx.value_at(staff_, "female", school_.id, "2025S1"));
    EXPECT_TRUE(tx.value_at(staff_, "male", school_.id, "2025S1"));
  });
  // Deleting what is not there is not an error.
  write([&](storage::Tx& tx) { tx.delete_value(staff_, "female", school_.id, "2025S1"); });
}

TEST_P(ValueStore, OtherUnitsAndPeriodsAreSeparate) {
  put(value(staff_, "female", 1, "2025S1"));
  put(value(staff_, "female", 2, "2025S2"));
  put(value(staff_, "female", 3, "2025"));
  StoredValue other = value(staff_, "female", 4);
  other.org_id = root_.id;
  put(other);
  read([&](storage::Tx& tx) {
    auto s1 = tx.values_of(school_.id, "2025S1");
    ASSERT_EQ(s1.size(), 1u);
    EXPECT_DOUBLE_EQ(*s1[0].number, 1);
    auto y = tx.values_of(school_.id, "2025");
    ASSERT_EQ(y.size(), 1u);
    EXPECT_EQ(y[0].period, "2025");  // stays text, not the number 2025
    EXPECT_DOUBLE_EQ(*y[0].number, 3);
    auto r = tx.values_of(root_.id, "2025S1");
    ASSERT_EQ(r.size(), 1u);
    EXPECT_DOUBLE_EQ(*r[0].number, 4);
    EXPECT_TRUE(tx.values_of(school_.id, "2024S1").empty());
    EXPECT_TRUE(tx.values_of(root_.id, "2025S2").empty());
  });
}

TEST_P(ValueStore, AUnitsValuesComeTogetherInPeriodOrderAndNoOtherUnits) {
  put(value(staff_, "male", 5, "2025S2"));
  put(value(staff_, "female", 2, "2025S2"));
  put(value(staff_, "female", 1, "2024"));
  StoredValue other = value(staff_, "female", 4);
  other.org_id = root_.id;
  put(other);
  read([&](storage::Tx& tx) {
    auto all = tx.values_of_unit(school_.id);
    ASSERT_EQ(all.size(), 3u);
    EXPECT_EQ(all[0].period, "2024");
    EXPECT_EQ(all[1].period, "2025S2");
    EXPECT_EQ(all[1].option, "female");
    EXPECT_EQ(all[2].option, "male");
    EXPECT_DOUBLE_EQ(*all[2].number, 5);
    EXPECT_EQ(tx.values_of_unit(root_.id).size(), 1u);
  });
}

TEST_P(ValueStore, ForEachValueVisitsAll) {
  put(value(staff_, "female", 1, "2025S1"));
  put(value(staff_, "male", 2, "2025S1"));
  put(value(staff_, "female", 3, "2025S2"));
  StoredValue t = value(note_, "", std::nullopt);
  t.text = "ghi chú";
  put(t);
  int n = 0;
  double sum = 0;
  std::string texts;
  read([&](storage::Tx& tx) {
    tx.for_each_value([&](const StoredValue& v) {
      ++n;
      sum += v.number.value_or(0);
      texts += v.text;
    });
  });
  EXPECT_EQ(n, 4);
  EXPECT_DOUBLE_EQ(sum, 6);
  EXPECT_EQ(texts, "ghi chú");
}

TEST_P(ValueStore, UnknownElementOrUnitFailsTheTransaction) {
  for (auto [element, org] : {std::pair<int64_t, int64_t>{999999, school_.id}, {staff_, 999999}}) {
    Status st = store_->write([&](storage::Tx& tx) {
      tx.put_value(value(staff_, "male", 5));  // rolled back with the bad one
      StoredValue bad = value(element, "female", 1);
      bad.org_id = org;
      tx.put_value(bad);
      return Status::Ok();
    });
    ASSERT_FALSE(st.ok());
    EXPECT_EQ(st.error().code, ErrorCode::kInternal);
  }
  read([&](storage::Tx& tx) { EXPECT_TRUE(tx.values_of(school_.id, "2025S1").empty()); });
}

// More values than one multi-row statement holds, across several statements:
// every one inserted, then replaced (numbers, NULLs and text), a key given
// twice keeps its last value, and an empty batch does nothing.
TEST_P(ValueStore, PutValuesInsertsAndReplacesManyAtOnce) {
  std::vector<StoredValue> batch;
  const int n = static_cast<int>(storage::kRowsPerStatement) * 2 + 17;
  for (int i = 0; i < n; ++i) batch.push_back(value(staff_, i % 2 ? "male" : "female", i, "2025" + std::to_string(i / 2)));
  write([&](storage::Tx& tx) { tx.put_values(batch); });
  write([&](storage::Tx& tx) { tx.put_values({}); });
  read([&](storage::Tx& tx) {
    int count = 0;
    double sum = 0;
    tx.for_each_value([&](const StoredValue& v) {
      ++count;
      sum += v.number.value_or(0);
    });
    EXPECT_EQ(count, n);
    EXPECT_DOUBLE_EQ(sum, n * (n - 1) / 2.0);
    auto v = tx.value_at(staff_, "male", school_.id, "20253");
    ASSERT_TRUE(v && v->number);
    EXPECT_DOUBLE_EQ(*v->number, 7);
    EXPECT_EQ(v->updated_by, "hanh");
  });
  std::vector<StoredValue> again{value(staff_, "female", 100, "20250"), value(staff_, "male", std::nullopt, "20250"),
                                 value(staff_, "female", 101, "20250"), value(note_, "", std::nullopt, "20250")};
  again[3].text = "ghi chú 'một' \\ hai";
  again[1].updated_by = "lan";
  write([&](storage::Tx& tx) { tx.put_values(again); });
  read([&](storage::Tx& tx) {
    EXPECT_DOUBLE_EQ(*tx.value_at(staff_, "female", school_.id, "20250")->number, 101);
    auto m = tx.value_at(staff_, "male", school_.id, "20250");
    ASSERT_TRUE(m);
    EXPECT_FALSE(m->number);
    EXPECT_EQ(m->updated_by, "lan");
    EXPECT_EQ(tx.value_at(note_, "", school_.id, "20250")->text, again[3].text);
    EXPECT_EQ(tx.values_of(school_.id, "20250").size(), 3u);
  });
}

// A batch large enough for PostgreSQL's COPY path (a temporary table, then
// one upsert): inserted, then replaced, text with tabs, line breaks and
// backslashes kept as sent.
TEST_P(ValueStore, ALargeBatchGoesInAndReplacesWhatIsStored) {
  const int n = static_cast<int>(storage::kCopyRows) + 10;
  std::vector<StoredValue> batch;
  for (int i = 0; i < n; ++i) batch.push_back(value(staff_, i % 2 ? "male" : "female", i, "2030" + std::to_string(i / 2)));
  write([&](storage::Tx& tx) { tx.put_values(batch); });
  for (auto& v : batch) v.number = v.number ? std::optional<double>(*v.number + 0.5) : std::nullopt;
  batch[4].number.reset();
  StoredValue note = value(note_, "", std::nullopt, "20300");
  note.text = "dòng 1\tcột\nđường dẫn C:\\bd";
  batch.push_back(note);
  write([&](storage::Tx& tx) { tx.put_values(batch); });
  read([&](storage::Tx& tx) {
    int count = 0;
    tx.for_each_value([&](const StoredValue&) { ++count; });
    EXPECT_EQ(count, n + 1);
    EXPECT_DOUBLE_EQ(*tx.value_at(staff_, "male", school_.id, "20307")->number, 15.5);
    EXPECT_FALSE(tx.value_at(staff_, "female", school_.id, "20302")->number);
    EXPECT_EQ(tx.value_at(note_, "", school_.id, "20300")->text, note.text);
  });
  write([&](storage::Tx& tx) { tx.put_values(batch); });  // twice in a row: the staging table starts empty
  read([&](storage::Tx& tx) { EXPECT_EQ(tx.values_of(school_.id, "20300").size(), 3u); });
}

TEST_P(ValueStore, PutValuesWithAnUnknownElementFailsTheTransaction) {
  std::vector<StoredValue> batch{value(staff_, "female", 1), value(999999, "female", 2)};
  Status st = store_->write([&](storage::Tx& tx) {
    tx.put_values(batch);
    return Status::Ok();
  });
  EXPECT_FALSE(st.ok());
  read([&](storage::Tx& tx) { EXPECT_TRUE(tx.values_of(school_.id, "2025S1").empty()); });
}

TEST_P(ValueStore, LocksToggleAndAreIdempotent) {
  read([&](storage::Tx& tx) { EXPECT_FALSE(tx.is_locked(school_.id, "2025S1")); });
  write([&](storage::Tx& tx) {
    tx.set_locked(school_.id, "2025S1", true);
    tx.set_locked(school_.id, "2025S1", true);
  });
  read([&](storage::Tx& tx) {
    EXPECT_TRUE(tx.is_locked(school_.id, "2025S1"));
    EXPECT_FALSE(tx.is_locked(school_.id, "2025S2"));
    EXPECT_FALSE(tx.is_locked(root_.id, "2025S1"));
  });
  write([&](storage::Tx& tx) {
    tx.set_locked(school_.id, "2025S1", false);
    tx.set_locked(school_.id, "2025S1", false);
  });
  read([&](storage::Tx& tx) { EXPECT_FALSE(tx.is_locked(school_.id, "2025S1")); });
}

// The bulk load: batches of any size (an empty one too), read back whole by
// for_each_value and as numbers by scan_values, which skips rows without one.
TEST_P(ValueStore, AppendValuesLoadsBatchesAndScanValuesReadsThemBack) {
  const std::vector<int> sizes{1000, 0, 1000, 500};
  size_t call = 0;
  int k = 0;
  int64_t written = 0;
  StoredValue text = value(note_, "", std::nullopt, "2025S2");
  text.text = "ghi chú\ttab\\slash\nline";
  write([&](storage::Tx& tx) {
    written = tx.append_values([&](std::vector<StoredValue>& batch) {
      EXPECT_TRUE(batch.empty());
      for (int i = 0; i < sizes[call]; ++i, ++k)
        batch.push_back(value(staff_, k % 2 ? "male" : "female", k, "2025" + std::to_string(k / 2)));
      return ++call < sizes.size();
    });
    written += tx.append_values([&](std::vector<StoredValue>& batch) {
      batch.push_back(text);
      return false;
    });
  });
  EXPECT_EQ(call, sizes.size());
  EXPECT_EQ(written, 2501);
  read([&](storage::Tx& tx) {
    auto v = tx.value_at(staff_, "male", school_.id, "20250");
    ASSERT_TRUE(v && v->number);
    EXPECT_DOUBLE_EQ(*v->number, 1);
    EXPECT_EQ(v->updated_by, "hanh");
    EXPECT_EQ(v->updated_at, 1767225600);
    auto t = tx.value_at(note_, "", school_.id, "2025S2");
    ASSERT_TRUE(t);
    EXPECT_FALSE(t->number);
    EXPECT_EQ(t->text, text.text);
    int rows = 0;
    double sum = 0;
    std::string last_period;
    tx.scan_values([&](const storage::ValueRow& r) {
      ++rows;
      sum += r.number;
      EXPECT_EQ(r.element_id, staff_);
      EXPECT_EQ(r.org_id, school_.id);
      EXPECT_EQ(r.option, static_cast<int>(r.number) % 2 ? "male" : "female");
      if (r.number == 2499) last_period = std::string(r.period);
    });
    EXPECT_EQ(rows, 2500);
    EXPECT_DOUBLE_EQ(sum, 2499.0 * 2500 / 2);
    EXPECT_EQ(last_period, "20251249");
  });
}

// The engine is loaded through scan_values (PostgreSQL: binary COPY): every
// number comes back bit for bit, whatever its sign, size or fraction, and
// options and periods as stored.
TEST_P(ValueStore, ScanValuesGivesNumbersBitForBit) {
  const std::vector<double> numbers{0.1, -1.25, 1e-300, 1.7976931348623157e308, -7.5e-5, 123456789.123456789, 3};
  write([&](storage::Tx& tx) {
    for (size_t i = 0; i < numbers.size(); ++i)
      tx.put_value(value(staff_, i % 2 ? "male" : "female", numbers[i], "20" + std::to_string(10 + i) + "S1"));
  });
  std::map<std::string, std::pair<std::string, double>> seen;  // period → option, number
  read([&](storage::Tx& tx) {
    tx.scan_values([&](const storage::ValueRow& r) {
      EXPECT_EQ(r.element_id, staff_);
      EXPECT_EQ(r.org_id, school_.id);
      seen[std::string(r.period)] = {std::string(r.option), r.number};
    });
  });
  ASSERT_EQ(seen.size(), numbers.size());
  for (size_t i = 0; i < numbers.size(); ++i) {
    const auto& [option, number] = seen.at("20" + std::to_string(10 + i) + "S1");
    EXPECT_EQ(option, i % 2 ? "male" : "female");
    EXPECT_EQ(std::bit_cast<uint64_t>(number), std::bit_cast<uint64_t>(numbers[i])) << numbers[i];
  }
}

TEST_P(ValueStore, AppendValuesOfAStoredKeyFailsTheTransaction) {
  put(value(staff_, "female", 1));
  Status st = store_->write([&](storage::Tx& tx) {
    tx.append_values([&](std::vector<StoredValue>& batch) {
      batch.push_back(value(staff_, "male", 2));
      batch.push_back(value(staff_, "female", 3));  // already stored
      return false;
    });
    return Status::Ok();
  });
  EXPECT_FALSE(st.ok());
  read([&](storage::Tx& tx) {
    auto all = tx.values_of(school_.id, "2025S1");
    ASSERT_EQ(all.size(), 1u);
    EXPECT_DOUBLE_EQ(*all[0].number, 1);
  });
  put(value(staff_, "male", 4));  // the connection is still usable
  read([&](storage::Tx& tx) { EXPECT_EQ(tx.values_of(school_.id, "2025S1").size(), 2u); });
}

TEST_P(ValueStore, AddLocksLocksEveryPair) {
  std::vector<std::pair<int64_t, std::string>> locks;
  for (int y = 2000; y < 2600; ++y) locks.emplace_back(school_.id, std::to_string(y));
  locks.emplace_back(root_.id, "2025S1");
  write([&](storage::Tx& tx) { tx.add_locks(locks); });
  read([&](storage::Tx& tx) {
    EXPECT_TRUE(tx.is_locked(school_.id, "2000"));
    EXPECT_TRUE(tx.is_locked(school_.id, "2599"));
    EXPECT_TRUE(tx.is_locked(root_.id, "2025S1"));
    EXPECT_FALSE(tx.is_locked(school_.id, "2025S1"));
  });
}

// Many units at once, asked for in more slices than one statement takes
// (ids that name no unit among them, one unit twice): each unit's values for
// that period only, by unit, element and option; and only the locked units.
TEST_P(ValueStore, ValuesAndLocksOfManyUnitsAtOnce) {
  put(value(staff_, "male", 5, "2025S2"));
  put(value(staff_, "female", 2, "2025S2"));
  put(value(staff_, "female", 1, "2025S1"));
  StoredValue other = value(staff_, "female", 4, "2025S2");
  other.org_id = root_.id;
  put(other);
  write([&](storage::Tx& tx) {
    tx.set_locked(school_.id, "2025S2", true);
    tx.set_locked(root_.id, "2025S2", true);
    tx.set_locked(root_.id, "2025S1", true);
  });
  // Sorted, 499 ids that name no unit come first, so the root (created
  // first, the smaller id) ends the first slice of 500 and the school starts
  // the second; more come after them, and the school is asked twice.
  ASSERT_LT(root_.id, school_.id);
  std::vector<int64_t> ids{school_.id};
  for (int64_t i = 1; i <= 499; ++i) ids.push_back(-i);
  for (int64_t i = 1; i <= 700; ++i) ids.push_back(school_.id + 1000 + i);
  ids.push_back(root_.id);
  ids.push_back(school_.id);
  read([&](storage::Tx& tx) {
    auto all = tx.values_of_units(ids, "2025S2");
    ASSERT_EQ(all.size(), 3u);
    EXPECT_EQ(all[0].org_id, root_.id);
    EXPECT_DOUBLE_EQ(*all[0].number, 4);
    EXPECT_EQ(all[1].org_id, school_.id);
    EXPECT_EQ(all[1].option, "female");
    EXPECT_EQ(all[1].period, "2025S2");
    EXPECT_EQ(all[2].org_id, school_.id);
    EXPECT_EQ(all[2].option, "male");
    EXPECT_TRUE(tx.values_of_units({}, "2025S2").empty());
    EXPECT_TRUE(tx.values_of_units(ids, "2024").empty());
    EXPECT_EQ(tx.locked_among(ids, "2025S2"), (std::vector<int64_t>{root_.id, school_.id})) << "from both slices";
    EXPECT_EQ(tx.locked_among(ids, "2025S1"), std::vector<int64_t>{root_.id});
    EXPECT_TRUE(tx.locked_among({school_.id}, "2025S1").empty());
    EXPECT_EQ(tx.locked_among({school_.id}, "2025S2"), std::vector<int64_t>{school_.id});
    EXPECT_TRUE(tx.locked_among({}, "2025S2").empty());
  });
}

// Values found not stored go in the faster way (on PostgreSQL a large batch
// is copied straight into the table), a small batch and a large one; and
// when one of the keys was stored meanwhile by another writer, the batch is
// written as put_values would: the stored value replaced, the rest added.
TEST_P(ValueStore, InsertValuesAddsNewValuesAndReplacesOneStoredMeanwhile) {
  std::vector<StoredValue> small{value(staff_, "female", 3, "2024"), value(note_, "", std::nullopt, "2024")};
  small[1].text = "dòng 1\tcột\nC:\\bd";
  std::vector<StoredValue> large;
  const int n = static_cast<int>(storage::kCopyRows) + 5;
  for (int i = 0; i < n; ++i) large.push_back(value(staff_, i % 2 ? "male" : "female", i, "2040" + std::to_string(i / 2)));
  large[3].text = "tab\tand\nline \\ end";
  auto pointers = [](const std::vector<StoredValue>& vs) {
    std::vector<const StoredValue*> out;
    for (const auto& v : vs) out.push_back(&v);
    return out;
  };
  write([&](storage::Tx& tx) {
    tx.insert_values(pointers(small));
    tx.insert_values(pointers(large));
    tx.insert_values({});
  });
  auto count = [&] {
    int c = 0;
    read([&](storage::Tx& tx) { tx.for_each_value([&](const StoredValue&) { ++c; }); });
    return c;
  };
  read([&](storage::Tx& tx) {
    EXPECT_DOUBLE_EQ(*tx.value_at(staff_, "female", school_.id, "2024")->number, 3);
    EXPECT_EQ(tx.value_at(note_, "", school_.id, "2024")->text, small[1].text);
    EXPECT_DOUBLE_EQ(*tx.value_at(staff_, "male", school_.id, "20407")->number, 15);
    EXPECT_EQ(tx.value_at(staff_, "male", school_.id, "20401")->text, large[3].text);
  });
  EXPECT_EQ(count(), n + 2);
  // One key of each batch is stored already; the others are new.
  for (auto* batch : {&small, &large}) {
    std::vector<StoredValue> again;
    for (size_t i = 0; i < batch->size(); ++i) {
      StoredValue v = (*batch)[i];
      v.period = i == 0 ? v.period : "2099" + std::to_string(i);
      v.number = 1000.0 + static_cast<double>(i);
      again.push_back(v);
    }
    write([&](storage::Tx& tx) { tx.insert_values(pointers(again)); });
    read([&](storage::Tx& tx) {
      EXPECT_DOUBLE_EQ(*tx.value_at(again[0].element_id, again[0].option, school_.id, again[0].period)->number, 1000)
          << "the stored one is replaced";
      EXPECT_DOUBLE_EQ(*tx.value_at(again[1].element_id, again[1].option, school_.id, again[1].period)->number, 1001);
    });
  }
  EXPECT_EQ(count(), n + 2 + static_cast<int>(small.size()) - 1 + n - 1);
}

// new_values takes values one at a time, in any order (the key's order is
// only faster), a small batch and one large enough to stream; a sink given
// nothing writes nothing.
TEST_P(ValueStore, NewValuesAddedOneAtATimeInAnyOrderAreAllStored) {
  const int n = static_cast<int>(storage::kCopyRows) + 3;
  std::vector<StoredValue> small{value(note_, "", std::nullopt, "2031"), value(staff_, "male", 2, "2030")};
  small[0].text = "ghi chú\tmột";
  std::vector<StoredValue> large;
  for (int i = n - 1; i >= 0; --i) large.push_back(value(staff_, i % 2 ? "male" : "female", i, "2050" + std::to_string(i / 2)));
  write([&](storage::Tx& tx) {
    for (auto* batch : {&small, &large}) {
      auto sink = tx.new_values(batch->size());
      for (const auto& v : *batch) sink->add(v);
      sink->finish();
    }
    tx.new_values(10)->finish();
    // The transaction goes on after a sink: a plain statement runs.
    tx.put_value(value(staff_, "female", 7, "2029"));
  });
  int count = 0;
  read([&](storage::Tx& tx) {
    tx.for_each_value([&](const StoredValue&) { ++count; });
    EXPECT_EQ(tx.value_at(note_, "", school_.id, "2031")->text, small[0].text);
    EXPECT_DOUBLE_EQ(*tx.value_at(staff_, "male", school_.id, "2030")->number, 2);
    EXPECT_DOUBLE_EQ(*tx.value_at(staff_, "female", school_.id, "20500")->number, 0);
    EXPECT_DOUBLE_EQ(*tx.value_at(staff_, "male", school_.id, "20500")->number, 1);
    const int last = n - 1;  // the first added
    EXPECT_DOUBLE_EQ(*tx.value_at(staff_, last % 2 ? "male" : "female", school_.id, "2050" + std::to_string(last / 2))->number,
                     last);
  });
  EXPECT_EQ(count, n + 3);
}

BD_ENGINES(ValueStore);

}  // namespace
}  // namespace bd::test
