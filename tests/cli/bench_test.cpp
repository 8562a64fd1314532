// `binhdang bench`, run in-process at small scale: the JSON it writes (the
// CONTRACT.md shape), that every SQL answer agreed with the engine, and its
// errors. Uses PostgreSQL too when BINHDANG_TEST_PG is set.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "support/temp_db.h"

namespace bd::test {
namespace {

struct Outcome {
  int code = -1;
  std::string out, err;
};

Outcome run(std::vector<std::string> args) {
  args.insert(args.begin(), "binhdang");
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  std::ostringstream out, err;
  Outcome r;
  r.code = cli::run(static_cast<int>(args.size()), argv.data(), out, err);
  r.out = out.str();
  r.err = err.str();
  return r;
}

std::set<std::string> keys(const nlohmann::json& j) {
  std::set<std::string> k;
  for (auto it = j.begin(); it != j.end(); ++it) k.insert(it.key());
  return k;
}

bool postgres_used() {
  for (const char* name : {"BINHDANG_BENCH_PG", "BINHDANG_TEST_PG"})
    if (const char* v = std::getenv(name); v && *v) return true;
  return false;
}

TEST(BenchCommand, SmallScaleWritesTheContractJsonWithEveryAnswerEqual) {
  TempDir dir;
  const std::string json_path = dir.path() + "/bench.json";
  const Outcome r = run({"bench", "--scale", "small", "--json", json_path});
  ASSERT_EQ(r.code, 0) << r.err << r.out;
  EXPECT_TRUE(r.err.empty()) << r.err;
  EXPECT_NE(r.out.find("indicator_children_of_root"), std::string::npos) << r.out;  // the table is printed

  std::ifstream in(json_path);
  ASSERT_TRUE(in) << "no JSON file written";
  const nlohmann::json j = nlohmann::json::parse(in);
  EXPECT_EQ(keys(j), (std::set<std::string>{"scale", "load_s", "memory_mb", "queries"}));
  EXPECT_EQ(j["scale"], "small");
  ASSERT_TRUE(j["load_s"].is_number());
  EXPECT_GT(j["load_s"].get<double>(), 0);
  ASSERT_TRUE(j["memory_mb"].is_number());
  EXPECT_GT(j["memory_mb"].get<double>(), 0);

  ASSERT_TRUE(j["queries"].is_array());
  std::set<std::string> names;
  for (const auto& q : j["queries"]) {
    EXPECT_EQ(keys(q), (std::set<std::string>{"name", "engine_ms", "sqlite_ms", "postgresql_ms", "equal"}));
    const std::string name = q["name"];
    names.insert(name);
    ASSERT_TRUE(q["engine_ms"].is_number()) << name << ": the engine answered";
    EXPECT_GE(q["engine_ms"].get<double>(), 0) << name;
    ASSERT_TRUE(q["sqlite_ms"].is_number()) << name;
    EXPECT_GT(q["sqlite_ms"].get<double>(), 0) << name;
    if (postgres_used()) EXPECT_TRUE(q["postgresql_ms"].is_number()) << name;
    else EXPECT_TRUE(q["postgresql_ms"].is_null()) << name;
    EXPECT_EQ(q["equal"], true) << name;
  }
  EXPECT_EQ(names, (std::set<std::string>{"indicator_children_of_root", "indicator_children_of_department",
                                          "all_indicators_departments_years", "department_element_total"}));
}

TEST(BenchCommand, AnUnknownScaleIsAOneLineError) {
  const Outcome r = run({"bench", "--scale", "huge"});
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(r.err.starts_with("binhdang: ")) << r.err;
  EXPECT_EQ(r.err.find('\n'), r.err.size() - 1) << r.err;
  EXPECT_NE(r.err.find("huge"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("small"), std::string::npos) << "names the accepted scales: " << r.err;
}

TEST(BenchCommand, AnUnwritableJsonFileFailsBeforeRunning) {
  const Outcome r = run({"bench", "--json", "/nonexistent-dir/x.json"});
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.err, "binhdang: không ghi được tệp /nonexistent-dir/x.json.\n");
  EXPECT_TRUE(r.out.empty()) << r.out;
}

TEST(BenchCommand, ABadPostgresUrlIsAOneLineError) {
  const Outcome r = run({"bench", "--pg", "mysql://x"});
  EXPECT_EQ(r.code, 1);
  EXPECT_TRUE(r.err.starts_with("binhdang: --pg")) << r.err;
  EXPECT_EQ(r.err.find('\n'), r.err.size() - 1) << r.err;
}

TEST(BenchCommand, HelpIsInVietnamese) {
  const Outcome r = run({"bench", "--help"});
  EXPECT_EQ(r.code, 0);
  EXPECT_NE(r.out.find("--scale"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Quy mô"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace bd::test
