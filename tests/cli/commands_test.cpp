// The `binhdang` command line, run in-process: exit codes, what it prints and
// what it leaves in the database.
#include "cli/commands.h"

#include <gtest/gtest.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "storage/store.h"
#include "support/temp_db.h"

namespace bd::test {
namespace {
namespace fs = std::filesystem;

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

bool one_line(const std::string& s) { return !s.empty() && s.find('\n') == s.size() - 1; }

class Cli : public ::testing::Test {
 protected:
  TempDir dir;
  std::string path(const std::string& name) const { return dir.path() + "/" + name; }
  std::string db() const { return "sqlite:" + path("x.db"); }
  std::string secret(const std::string& name, const std::string& content) const {
    std::ofstream(path(name)) << content;
    return path(name);
  }
  std::string pw() const { return secret("pw.txt", "cli-pass-123\n"); }
};

TEST_F(Cli, HelpListsEverySubcommand) {
  const Outcome r = run({"--help"});
  EXPECT_EQ(r.code, 0);
  for (const char* sub : {"init", "demo", "serve", "user", "backup", "restructure"}) EXPECT_NE(r.out.find(sub), std::string::npos) << sub;
}

TEST_F(Cli, NoSubcommandIsAOneLineError) {
  const Outcome r = run({});
  EXPECT_NE(r.code, 0);
  EXPECT_TRUE(one_line(r.err)) << r.err;
  EXPECT_TRUE(r.err.starts_with("binhdang: ")) << r.err;
}

TEST_F(Cli, InitCreatesTheDatabaseThenCreatesNothingNew) {
  const Outcome first = run({"init", "--db", db(), "--admin-password-file", pw()});
  ASSERT_EQ(first.code, 0) << first.err;
  EXPECT_TRUE(fs::exists(path("x.db")));
  EXPECT_NE(first.out.find("lược đồ phiên bản " + std::to_string(storage::latest_schema_version())), std::string::npos)
      << first.out;
  EXPECT_NE(first.out.find("Đã tạo đơn vị gốc BGDDT"), std::string::npos) << first.out;
  EXPECT_NE(first.out.find("Đã tạo tài khoản admin"), std::string::npos) << first.out;
  EXPECT_EQ(first.out.find("cli-pass-123"), std::string::npos) << "a password from a file is never printed";

  const Outcome second = run({"init", "--db", db(), "--admin-password-file", pw()});
  EXPECT_EQ(second.code, 0) << second.err;
  EXPECT_NE(second.out.find("sẵn sàng"), std::string::npos);
  EXPECT_EQ(second.out.find("Đã tạo"), std::string::npos) << second.out;
}

TEST_F(Cli, InitWithoutPasswordFilePrintsAGeneratedPasswordOnce) {
  const Outcome first = run({"init", "--db", db()});
  ASSERT_EQ(first.code, 0) << first.err;
  const std::string marker = "với mật khẩu: ";
  const auto at = first.out.find(marker);
  ASSERT_NE(at, std::string::npos) << first.out;
  const std::string generated = first.out.substr(at + marker.size(), first.out.find('\n', at) - at - marker.size());
  EXPECT_GE(generated.size(), 8u);
  const Outcome second = run({"init", "--db", db()});
  EXPECT_EQ(second.code, 0);
  EXPECT_EQ(second.out.find(marker), std::string::npos) << second.out;
  EXPECT_EQ(second.out.find(generated), std::string::npos);
}

TEST_F(Cli, BadDatabaseUrlIsAOneLineVietnameseReason) {
  const Outcome r = run({"init", "--db", "mysql://x", "--admin-password-file", pw()});
  EXPECT_EQ(r.code, 1);
  EXPECT_TRUE(one_line(r.err)) << r.err;
  EXPECT_TRUE(r.err.starts_with("binhdang: Địa chỉ cơ sở dữ liệu")) << r.err;
}

TEST_F(Cli, MissingOrEmptyPasswordFileFails) {
  const Outcome missing = run({"init", "--db", db(), "--admin-password-file", path("nope.txt")});
  EXPECT_EQ(missing.code, 1);
  EXPECT_TRUE(missing.err.starts_with("binhdang: không đọc được tệp mật khẩu")) << missing.err;
  const Outcome empty = run({"init", "--db", db(), "--admin-password-file", secret("empty.txt", "\n")});
  EXPECT_EQ(empty.code, 1);
  EXPECT_NE(empty.err.find("trống"), std::string::npos) << empty.err;
  EXPECT_FALSE(fs::exists(path("x.db"))) << "nothing is created before the password is read";
}

TEST_F(Cli, DemoPrintsAccountsAndIsIdempotent) {
  const Outcome first = run({"demo", "--db", db(), "--admin-password-file", pw()});
  ASSERT_EQ(first.code, 0) << first.err;
  for (const char* u : {"admin", "so.quanly", "so.xem", "thcs.tanmy"}) EXPECT_NE(first.out.find(u), std::string::npos) << u;
  EXPECT_NE(first.out.find("Đã tạo dữ liệu mẫu"), std::string::npos);
  const Outcome second = run({"demo", "--db", db(), "--admin-password-file", pw()});
  EXPECT_EQ(second.code, 0) << second.err;
  EXPECT_NE(second.out.find("đã có sẵn"), std::string::npos) << second.out;
  EXPECT_EQ(second.out.find("Đã tạo dữ liệu mẫu"), std::string::npos);
}

// The national scale at a tiny size (the full one is a benchmark, not a test).
TEST_F(Cli, DemoAtNationalScaleWithASizeOverride) {
  const Outcome r = run({"demo", "--db", db(), "--admin-password-file", pw(), "--scale", "national", "--schools", "40"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("toàn quốc"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("43 đơn vị"), std::string::npos) << r.out;  // a department, two communes, 40 schools
  for (const char* u : {"bo.quanly", "so.quanly", "xa.quanly"}) EXPECT_NE(r.out.find(u), std::string::npos) << u;
  auto store = storage::Store::open(db());
  ASSERT_TRUE(store.ok());
  int64_t units = 0;
  (void)(*store)->read([&](storage::Tx& tx) {
    units = tx.count_orgs();
    return Status::Ok();
  });
  EXPECT_EQ(units, 44);  // and the ministry
  const Outcome wrong = run({"demo", "--db", "sqlite:" + path("y.db"), "--schools", "40"});
  EXPECT_EQ(wrong.code, 1);
  EXPECT_NE(wrong.err.find("--scale national"), std::string::npos) << wrong.err;
  EXPECT_FALSE(fs::exists(path("y.db")));
  EXPECT_EQ(run({"demo", "--db", db(), "--scale", "city"}).code, 2);
}

TEST_F(Cli, UserAddCreatesOnceThenRefusesTheDuplicate) {
  ASSERT_EQ(run({"init", "--db", db(), "--admin-password-file", pw()}).code, 0);
  const std::vector<std::string> add = {"user", "add", "--db", db(), "--username", "hanh", "--org", "BGDDT",
                                        "--role", "editor", "--password-file", pw()};
  const Outcome first = run(add);
  ASSERT_EQ(first.code, 0) << first.err;
  EXPECT_NE(first.out.find("hanh"), std::string::npos);
  EXPECT_NE(first.out.find("Bộ Giáo dục và Đào tạo"), std::string::npos) << first.out;
  const Outcome dup = run(add);
  EXPECT_EQ(dup.code, 1);
  EXPECT_TRUE(one_line(dup.err)) << dup.err;
  EXPECT_NE(dup.err.find("đã được dùng"), std::string::npos) << dup.err;
}

TEST_F(Cli, UserAddRejectsAnUnknownRole) {
  ASSERT_EQ(run({"init", "--db", db(), "--admin-password-file", pw()}).code, 0);
  const Outcome r = run({"user", "add", "--db", db(), "--username", "hanh", "--org", "BGDDT", "--role", "boss",
                     "--password-file", pw()});
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("Vai trò không hợp lệ"), std::string::npos) << r.err;
}

TEST_F(Cli, UserAddOnAnUninitialisedDatabaseSaysToRunInit) {
  const Outcome r = run({"user", "add", "--db", db(), "--username", "hanh", "--org", "BGDDT", "--role", "editor",
                     "--password-file", pw()});
  EXPECT_EQ(r.code, 1);
  EXPECT_TRUE(one_line(r.err)) << r.err;
  EXPECT_NE(r.err.find("chưa được khởi tạo"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("binhdang init"), std::string::npos) << r.err;
}

TEST_F(Cli, BackupWritesACopyWithTheRootAndNeverOverwrites) {
  ASSERT_EQ(run({"init", "--db", db(), "--admin-password-file", pw()}).code, 0);
  const std::string out = path("b.db");
  const Outcome r = run({"backup", "--db", db(), "--out", out});
  ASSERT_EQ(r.code, 0) << r.err;
  ASSERT_TRUE(fs::exists(out));
  {
    auto copy = storage::Store::open("sqlite:" + out);
    ASSERT_TRUE(copy) << copy.error().message;
    EXPECT_EQ((*copy)->schema_version(), storage::latest_schema_version());
    bool has_root = false;
    ASSERT_TRUE((*copy)->read([&](storage::Tx& tx) -> Status {
      has_root = tx.org_by_code("BGDDT").has_value();
      return Status::Ok();
    }));
    EXPECT_TRUE(has_root);
  }
  const auto size = fs::file_size(out);
  const Outcome again = run({"backup", "--db", db(), "--out", out});
  EXPECT_EQ(again.code, 1);
  EXPECT_NE(again.err.find("đã tồn tại"), std::string::npos) << again.err;
  EXPECT_EQ(fs::file_size(out), size);
}

TEST_F(Cli, ServeWithABadListenAddressExitsAtOnce) {
  ASSERT_EQ(run({"init", "--db", db(), "--admin-password-file", pw()}).code, 0);
  sigset_t before;
  pthread_sigmask(SIG_SETMASK, nullptr, &before);
  const Outcome r = run({"serve", "--db", db(), "--listen", "bad"});
  pthread_sigmask(SIG_SETMASK, &before, nullptr);  // serve blocks SIGINT/SIGTERM for its wait
  EXPECT_NE(r.code, 0);
  EXPECT_TRUE(one_line(r.err)) << r.err;
  EXPECT_NE(r.err.find("MÁY:CỔNG"), std::string::npos) << r.err;
  EXPECT_EQ(r.out.find("đang phục vụ"), std::string::npos);
}

TEST_F(Cli, ServeRefusesThreadsAndPlacesOutOfRange) {
  for (const std::vector<std::string>& bad : {std::vector<std::string>{"--threads", "2"}, {"--threads", "5000"},
                                              {"--running", "0"}, {"--running", "lots"}}) {
    std::vector<std::string> args{"serve", "--db", db(), "--listen", "127.0.0.1:0"};
    args.insert(args.end(), bad.begin(), bad.end());
    const Outcome r = run(args);
    EXPECT_NE(r.code, 0) << bad[0] << " " << bad[1];
    EXPECT_NE(r.err.find(bad[0]), std::string::npos) << r.err;
    EXPECT_EQ(r.out.find("đang phục vụ"), std::string::npos);
  }
  EXPECT_NE(run({"serve", "--help"}).out.find("--running"), std::string::npos);
}

}  // namespace
}  // namespace bd::test

namespace bd::test {
namespace {

TEST_F(Cli, RestructurePreviewsThenAppliesFromAFileOfCodes) {
  ASSERT_EQ(run({"demo", "--db", db(), "--admin-password-file", pw()}).code, 0);
  const std::string codes = secret("codes.txt", "TH-TANMY\r\nTHCS-TANMY, \n\n");
  const std::vector<std::string> base{"restructure", "--db",      db(),         "--units-file", codes,
                                      "--parent",    "UBND-XA-TANMY", "--effective", "01/08/2025"};
  const Outcome preview = run(base);
  ASSERT_EQ(preview.code, 0) << preview.err;
  EXPECT_NE(preview.out.find("2 đơn vị sẽ chuyển từ Sở Giáo dục và Đào tạo tỉnh An Lạc sang Ủy ban nhân dân xã Tân Mỹ, "
                             "từ ngày 01/08/2025."),
            std::string::npos)
      << preview.out;
  EXPECT_NE(preview.out.find("--apply"), std::string::npos);
  auto with = [&](std::vector<std::string> extra) {
    auto args = base;
    args.insert(args.end(), extra.begin(), extra.end());
    return run(args);
  };
  const Outcome applied = with({"--apply"});
  ASSERT_EQ(applied.code, 0) << applied.err;
  EXPECT_NE(applied.out.find("2 đơn vị đã chuyển"), std::string::npos) << applied.out;
  const Outcome again = with({"--apply"});
  ASSERT_EQ(again.code, 0) << again.err;
  EXPECT_NE(again.out.find("đều đã trực thuộc"), std::string::npos) << again.out;

  const Outcome unknown = run({"restructure", "--db", db(), "--units-file", secret("bad.txt", "TH-TANMY NOPE\n"),
                               "--parent", "SGD-AL"});
  EXPECT_EQ(unknown.code, 1);
  EXPECT_TRUE(one_line(unknown.err)) << unknown.err;
  EXPECT_NE(unknown.err.find("Không tìm thấy đơn vị: NOPE."), std::string::npos) << unknown.err;
  const Outcome both = with({"--governor", "SGD-AL", "--clear-governor"});
  EXPECT_EQ(both.code, 2) << "--governor and --clear-governor exclude each other";
  const Outcome missing = run({"restructure", "--db", db(), "--units-file", path("none.txt"), "--parent", "SGD-AL"});
  EXPECT_EQ(missing.code, 1);
  EXPECT_NE(missing.err.find("không đọc được tệp"), std::string::npos);
}

}  // namespace
}  // namespace bd::test
