#include "app/activities/evidence.h"

#include <filesystem>

#include "app/fixture.h"

namespace bd::test {
namespace {

class EvidenceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    t_ = make_app();
    auto& a = *t_.app;
    ASSERT_TRUE(a.orgs().create(app::Actor::System(), unit("SGD", "Sở Giáo dục", "BGDDT", "department")).ok());
    ASSERT_TRUE(a.orgs().create(app::Actor::System(), unit("TH-A", "Trường Tiểu học A", "SGD")).ok());
    ASSERT_TRUE(a.orgs().create(app::Actor::System(), unit("TH-B", "Trường Tiểu học B", "SGD")).ok());
    add_user(a, "th.a", "TH-A", "editor");
    add_user(a, "th.b", "TH-B", "editor");
    editor_ = actor_of(a, "th.a", "password-123");
    outsider_ = actor_of(a, "th.b", "password-123");
    app::ActivityInput in;
    in.title = "Tọa đàm 8/3";
    in.start = "2026-03-08";
    auto r = a.activities().create(editor_, "TH-A", in);
    ASSERT_TRUE(r.ok());
    activity_ = r->record.id;
  }
  TestApp t_;
  app::Actor editor_, outsider_;
  int64_t activity_ = 0;
};

const std::string kPdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n";

TEST_F(EvidenceTest, StoresOutsideTheDatabaseWithItsHash) {
  auto e = t_.app->evidence().add(editor_, activity_, "../../Biên bản.pdf", kPdf);
  ASSERT_TRUE(e.ok()) << e.error().message;
  EXPECT_EQ(e->original_name, "Biên bản.pdf");
  EXPECT_EQ(e->content_type, "application/pdf");
  EXPECT_EQ(e->sha256, app::sha256_hex(kPdf));
  EXPECT_EQ(e->stored_name.size(), 32u);
  EXPECT_TRUE(std::filesystem::exists(t_.app->evidence().dir() + "/" + e->stored_name));
  auto f = t_.app->evidence().get(editor_, e->id);
  ASSERT_TRUE(f.ok());
  EXPECT_EQ(f->bytes, kPdf);
  EXPECT_EQ(app::sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_F(EvidenceTest, RefusesBadFilesAndOutsiders) {
  EXPECT_EQ(t_.app->evidence().add(editor_, activity_, "big.pdf", "%PDF-" + std::string(app::kMaxEvidenceBytes, 'x'))
                .error().code,
            ErrorCode::kTooLarge);
  EXPECT_EQ(t_.app->evidence().add(editor_, activity_, "anh.jpg", "MZ\x90 program").error().code,
            ErrorCode::kUnsupportedMediaType);
  EXPECT_EQ(t_.app->evidence().add(editor_, activity_, "anh.jpg", kPdf).error().code,
            ErrorCode::kUnsupportedMediaType);  // a PDF disguised as a photo
  EXPECT_FALSE(t_.app->evidence().add(editor_, activity_, "x.pdf", "").ok());
  EXPECT_EQ(t_.app->evidence().add(outsider_, activity_, "a.pdf", kPdf).error().code, ErrorCode::kForbidden);
  auto e = t_.app->evidence().add(editor_, activity_, "a.pdf", kPdf);
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(t_.app->evidence().get(outsider_, e->id).error().code, ErrorCode::kForbidden);
  EXPECT_EQ(t_.app->evidence().get(editor_, e->id + 99).error().code, ErrorCode::kNotFound);
  ASSERT_TRUE(t_.app->evidence().remove(editor_, e->id).ok());
  EXPECT_EQ(t_.app->evidence().get(editor_, e->id).error().code, ErrorCode::kNotFound);
}

}  // namespace
}  // namespace bd::test
