// Restarting with glibc's huge-page tunable (cli/huge_pages.h): only when
// GLIBC_TUNABLES is unset, with the same arguments, and the environment left
// as it was when the restart fails.
#include "cli/huge_pages.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <optional>
#include <string>

namespace bd::test {
namespace {

class HugePages : public ::testing::Test {
 protected:
  void SetUp() override {
    if (const char* v = std::getenv("GLIBC_TUNABLES")) saved_ = v;
  }
  void TearDown() override {
    if (saved_) setenv("GLIBC_TUNABLES", saved_->c_str(), 1);
    else unsetenv("GLIBC_TUNABLES");
  }
  std::optional<std::string> saved_;
};

TEST_F(HugePages, RestartsWithTheTunableWhenNoneIsSet) {
  unsetenv("GLIBC_TUNABLES");
  char arg0[] = "binhdang", arg1[] = "serve";
  char* argv[] = {arg0, arg1, nullptr};
  std::string path, seen_env;
  char** seen_argv = nullptr;
  cli::restart_with_huge_pages(argv, [&](const char* p, char** a) {
    path = p;
    seen_argv = a;
    seen_env = std::getenv("GLIBC_TUNABLES") ? std::getenv("GLIBC_TUNABLES") : "(unset)";
    return -1;  // as a failed exec returns
  });
  EXPECT_EQ(path, "/proc/self/exe");
  EXPECT_EQ(seen_argv, argv) << "the same arguments";
  EXPECT_EQ(seen_env, "glibc.malloc.hugetlb=1");
  EXPECT_EQ(std::getenv("GLIBC_TUNABLES"), nullptr) << "a failed restart leaves the environment as it was";
}

TEST_F(HugePages, TheOperatorsOwnTunablesAreLeftAlone) {
  for (const char* own : {"", "glibc.malloc.arena_max=2"}) {
    setenv("GLIBC_TUNABLES", own, 1);
    char arg0[] = "binhdang";
    char* argv[] = {arg0, nullptr};
    bool restarted = false;
    cli::restart_with_huge_pages(argv, [&](const char*, char**) {
      restarted = true;
      return -1;
    });
    EXPECT_FALSE(restarted) << "GLIBC_TUNABLES=" << own;
    EXPECT_STREQ(std::getenv("GLIBC_TUNABLES"), own);
  }
}

}  // namespace
}  // namespace bd::test
