// What the subcommands share: one-line errors and opening databases.
#include "cli/shared.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "support/temp_db.h"

namespace bd::test {
namespace {

TEST(CliShared, AFailureIsOneLineWithTheProgramsName) {
  std::ostringstream err;
  EXPECT_EQ(cli::fail(err, "không đọc được tệp x."), 1);
  EXPECT_EQ(err.str(), "binhdang: không đọc được tệp x.\n");
}

TEST(CliShared, ASecretIsTheFirstLineTrimmedAndNeverEmpty) {
  TempDir dir;
  std::ofstream(dir.path() + "/a") << "mat-khau-1 \r\nthứ hai\n";
  EXPECT_EQ(*cli::read_secret(dir.path() + "/a"), "mat-khau-1");
  std::ofstream(dir.path() + "/b") << "\n";
  EXPECT_FALSE(cli::read_secret(dir.path() + "/b"));
  EXPECT_FALSE(cli::read_secret(dir.path() + "/khong-co"));
}

TEST(CliShared, ASqliteFileGetsItsFolderAndEvidenceGoesNextToIt) {
  TempDir dir;
  const std::string url = "sqlite:" + dir.path() + "/sub/x.db";
  EXPECT_TRUE(cli::open_store(url));
  EXPECT_EQ(cli::config_for(url).evidence_dir, dir.path() + "/sub/evidence");
  EXPECT_FALSE(cli::open_store("mysql://x"));
}

}  // namespace
}  // namespace bd::test
