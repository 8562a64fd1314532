// `binhdang import`, `export` and `external-ids`, run in-process on a fresh
// database: what they print, exit with and leave behind.
#include "cli/exchange.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
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
  std::ostringstream out, err;
  Outcome r;
  r.code = cli::run(static_cast<int>(args.size()), argv.data(), out, err);
  r.out = out.str();
  r.err = err.str();
  return r;
}

class ExchangeCli : public ::testing::Test {
 protected:
  void SetUp() override {
    std::ofstream(path("pw.txt")) << "cli-pass-123\n";
    ASSERT_EQ(run({"init", "--db", db(), "--admin-password-file", path("pw.txt")}).code, 0);
  }
  std::string path(const std::string& name) const { return dir.path() + "/" + name; }
  std::string db() const { return "sqlite:" + path("x.db"); }
  std::string file(const std::string& name, const std::string& content) const {
    std::ofstream(path(name), std::ios::binary) << content;
    return path(name);
  }
  static std::string slurp(const std::string& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  }
  TempDir dir;
};

TEST_F(ExchangeCli, ImportShowsProgressAndTheSummaryThenExportWritesTheFile) {
  const auto csv = file("in.csv", "staff_total,2026S1,BGDDT,female,,5\nstaff_total,2026S1,BGDDT,male,,3\n");
  const Outcome in = run({"import", "--db", db(), csv});
  ASSERT_EQ(in.code, 0) << in.err;
  EXPECT_NE(in.out.find("100%"), std::string::npos) << in.out;
  EXPECT_NE(in.out.find("Đã thêm 2 giá trị"), std::string::npos) << in.out;
  const Outcome ex = run({"export", "--db", db(), "--data-set", "NHANSU", "--org", "BGDDT", "--period", "2026S1",
                          "--format", "adx", "--out", path("out.adx")});
  ASSERT_EQ(ex.code, 0) << ex.err;
  EXPECT_NE(ex.out.find("Đã xuất 2 giá trị"), std::string::npos) << ex.out;
  const std::string adx = slurp(path("out.adx"));
  EXPECT_NE(adx.find("<dataValue dataElement=\"staff_total\" sex=\"female\" value=\"5\"/>"), std::string::npos) << adx;
  // The same file back: nothing changes.
  const Outcome again = run({"import", "--db", db(), path("out.adx")});
  EXPECT_EQ(again.code, 0) << again.err;
  EXPECT_NE(again.out.find("Đã thêm 0 giá trị"), std::string::npos) << again.out;
}

TEST_F(ExchangeCli, AConflictIsListedWithItsCodeAndTheExitCodeSaysNothingWasSaved) {
  const auto csv = file("bad.csv", "staff_total,2026S1,BGDDT,female,,2.5\n");
  const Outcome r = run({"import", "--db", db(), csv});
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.out.find("E7609"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Chưa lưu giá trị nào"), std::string::npos) << r.out;
  const Outcome unknown = run({"import", "--db", db(), file("x.txt", "a")});
  EXPECT_EQ(unknown.code, 1);
  EXPECT_NE(unknown.err.find("--format"), std::string::npos) << unknown.err;
}

TEST_F(ExchangeCli, ExternalIdsLoadFromACsvAndAreUsedByTheExport) {
  const auto ids = file("ids.csv", "kind,code,external\norgUnit,BGDDT,MOET001\ndataElement,staff_total,DE1\n");
  const Outcome r = run({"external-ids", "--db", db(), "--system", "DHIS2", ids});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("2 mã"), std::string::npos) << r.out;
  const Outcome bad = run({"external-ids", "--db", db(), "--system", "DHIS2", file("b.csv", "orgUnit,KHONG,X\n")});
  EXPECT_EQ(bad.code, 1);
  EXPECT_NE(bad.err.find("KHONG"), std::string::npos) << bad.err;
}

}  // namespace
}  // namespace bd::test
