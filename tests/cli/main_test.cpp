// The `binhdang` executable itself (cli/main.cpp): run as a process, its
// help goes to standard output in Vietnamese with exit status 0, its errors
// go to standard error with a non-zero status, and a command's output and
// status come through. The binary is BINHDANG_BIN (set by ctest), else
// ../binhdang or build/binhdang from the working directory.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "support/temp_db.h"

namespace bd::test {
namespace {

namespace fs = std::filesystem;

std::string binary() {
  if (const char* v = std::getenv("BINHDANG_BIN"); v && *v) return v;
  for (const char* candidate : {"../binhdang", "build/binhdang", "../../build/binhdang"})
    if (fs::exists(candidate)) return fs::absolute(candidate).string();
  return "";
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

struct Outcome {
  int status = -1;  // exit status
  std::string out, err;
};

// Runs the binary with `args` (already shell-quoted), capturing both streams.
Outcome run(const std::string& args) {
  TempDir dir;
  const std::string err_file = dir.path() + "/stderr.txt";
  const std::string cmd = "'" + binary() + "' " + args + " 2>'" + err_file + "'";
  Outcome r;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return r;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  const int raw = pclose(p);
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  r.err = slurp(err_file);
  return r;
}

class MainBinary : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_FALSE(binary().empty()) << "build/binhdang not found; set BINHDANG_BIN";
    ASSERT_TRUE(fs::exists(binary())) << binary();
  }
};

TEST_F(MainBinary, HelpIsVietnameseOnStandardOutput) {
  const Outcome r = run("--help");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(r.err.empty()) << r.err;
  EXPECT_NE(r.out.find("Bình Đẳng — quản lý kế hoạch, số liệu và báo cáo bình đẳng giới"), std::string::npos) << r.out;
  for (const char* command : {"init", "demo", "serve", "user", "backup", "bench"})
    EXPECT_NE(r.out.find(command), std::string::npos) << command;
  EXPECT_NE(r.out.find("Phục vụ giao diện web và API"), std::string::npos);
  // A subcommand's help too.
  const Outcome serve = run("serve --help");
  EXPECT_EQ(serve.status, 0);
  EXPECT_NE(serve.out.find("--listen"), std::string::npos);
  EXPECT_NE(serve.out.find("Địa chỉ MÁY:CỔNG"), std::string::npos) << serve.out;
}

TEST_F(MainBinary, UsageErrorsGoToStandardErrorWithStatus2) {
  const Outcome none = run("");
  EXPECT_EQ(none.status, 2);
  EXPECT_TRUE(none.out.empty()) << none.out;
  EXPECT_NE(none.err.find("binhdang: "), std::string::npos);
  EXPECT_NE(none.err.find("(xem binhdang --help)"), std::string::npos) << none.err;

  const Outcome unknown = run("phongchay");
  EXPECT_EQ(unknown.status, 2);
  EXPECT_NE(unknown.err.find("xem binhdang --help"), std::string::npos);

  const Outcome missing = run("init");
  EXPECT_EQ(missing.status, 2) << "--db is required";
  EXPECT_NE(missing.err.find("--db"), std::string::npos) << missing.err;
}

TEST_F(MainBinary, ACommandRunsAndReportsFailure) {
  TempDir dir;
  const std::string pw = dir.path() + "/pw.txt";
  std::ofstream(pw) << "mat-khau-quan-tri-1\n";
  const std::string db = "sqlite:" + dir.path() + "/t.db";
  const Outcome init = run("init --db '" + db + "' --admin-password-file '" + pw + "'");
  EXPECT_EQ(init.status, 0) << init.err;
  EXPECT_TRUE(fs::exists(dir.path() + "/t.db"));
  EXPECT_EQ(init.out.find("mat-khau-quan-tri-1"), std::string::npos) << "a given password is not printed";

  EXPECT_NE(init.out.find("Cơ sở dữ liệu sẵn sàng"), std::string::npos) << init.out;
  EXPECT_TRUE(init.err.empty()) << init.err;

  // A failing command: a one-line Vietnamese reason on stderr, status 1.
  const Outcome failed = run("init --db '" + db + "' --admin-password-file '" + dir.path() + "/khong-co.txt'");
  EXPECT_EQ(failed.status, 1);
  EXPECT_TRUE(failed.out.empty()) << failed.out;
  EXPECT_TRUE(failed.err.starts_with("binhdang: không đọc được tệp mật khẩu")) << failed.err;
  EXPECT_EQ(std::count(failed.err.begin(), failed.err.end(), '\n'), 1) << failed.err;
}

}  // namespace
}  // namespace bd::test
