// An official document as the preview's model.
#include "http/pages/plans/document_view.h"

#include <gtest/gtest.h>

#include "documents/docx.h"

namespace bd::http::pages {
namespace {

using documents::Block;

TEST(DocumentView, HeaderBodyAndFootInOrder) {
  documents::OfficialDocument d;
  d.governing_body = "UBND XÃ TÂN MỸ";
  d.issuing_body = "TRƯỜNG THCS TÂN MỸ";
  d.number_line = "Số: 05/KH-THCSTM";
  d.place_date = "Tân Mỹ, ngày 05 tháng 01 năm 2026";
  d.type_title = "KẾ HOẠCH";
  d.subject = "Thực hiện công tác bình đẳng giới năm 2026";
  d.body = {{Block::Kind::kHeading1, "I. MỤC TIÊU", {}, {}},
            {Block::Kind::kBullet, "- Chỉ tiêu: nữ ≥ 40%", {}, {}},
            {Block::Kind::kTable, "", {{"Tháng", "Nội dung"}, {"Tháng 3", "Tọa đàm"}}, {20, 80}}};
  d.recipients = {"- Lưu: VT."};
  d.signer_authority = "KT. HIỆU TRƯỞNG";
  d.signer_title = "PHÓ HIỆU TRƯỞNG";
  d.signer_name = "Lê Thị Mai";
  const auto m = document_model(d);
  EXPECT_EQ(m["number_line"], "Số: 05/KH-THCSTM");
  EXPECT_EQ(m["governing_body"], "UBND XÃ TÂN MỸ");
  ASSERT_EQ(m["blocks"].size(), 3u);
  EXPECT_TRUE(m["blocks"][0]["h1"].get<bool>());
  EXPECT_TRUE(m["blocks"][1]["bullet"].get<bool>());
  EXPECT_FALSE(m["blocks"][1].contains("h1"));
  EXPECT_EQ(m["blocks"][2]["table"]["head"][0]["text"], "Tháng");
  ASSERT_EQ(m["blocks"][2]["table"]["rows"].size(), 1u);
  EXPECT_EQ(m["blocks"][2]["table"]["rows"][0]["cells"][1]["text"], "Tọa đàm");
  EXPECT_TRUE(m["has_recipients"].get<bool>());
  EXPECT_EQ(m["signer_authority"], "KT. HIỆU TRƯỞNG");
}

TEST(DocumentView, TheHeaderNamesAreThoseTheDocxPrints) {
  documents::OfficialDocument d;
  d.governing_body = "Ủy ban nhân dân xã Tân Mỹ, huyện Ngọc Khê, tỉnh An Lạc";
  d.issuing_body = "Sở Giáo dục và Đào tạo tỉnh An Lạc";
  const auto m = document_model(d);
  EXPECT_EQ(m["governing_body"], documents::header_name(d.governing_body, false));
  EXPECT_EQ(m["issuing_body"], documents::header_name(d.issuing_body, true));
  EXPECT_EQ(m["governing_body"].get<std::string>().rfind("UBND", 0), 0u) << m["governing_body"] << ": shortened to fit";
  EXPECT_EQ(m["issuing_body"].get<std::string>().rfind("SỞ GIÁO DỤC", 0), 0u) << "in capitals";
  d.governing_body.clear();
  EXPECT_EQ(document_model(d)["governing_body"], "");
}

TEST(DocumentView, TheAnnexHasItsOwnBlocksAndADraftIsMarked) {
  documents::OfficialDocument d;
  d.draft = true;
  d.body = {{Block::Kind::kHeading1, "I. MỤC TIÊU", {}, {}}};
  d.annex = {{Block::Kind::kCentered, "PHỤ LỤC", {}, {}},
             {Block::Kind::kCenteredItalic, "(Kèm theo Kế hoạch số 05/KH-THCSTM ngày 05/01/2026)", {}, {}}};
  const auto m = document_model(d);
  EXPECT_TRUE(m["draft"].get<bool>());
  ASSERT_EQ(m["blocks"].size(), 1u);
  ASSERT_EQ(m["annex"]["blocks"].size(), 2u);
  EXPECT_TRUE(m["annex"]["blocks"][1]["centered_italic"].get<bool>());
  EXPECT_EQ(m["annex"]["blocks"][1]["text"], "(Kèm theo Kế hoạch số 05/KH-THCSTM ngày 05/01/2026)");
}

TEST(DocumentView, NoRecipientsNoBlock) {
  documents::OfficialDocument d;
  const auto m = document_model(d);
  EXPECT_TRUE(m["annex"].is_null()) << "no annex: no section";
  EXPECT_FALSE(m["draft"].get<bool>());
  EXPECT_FALSE(m["has_recipients"].get<bool>());
  EXPECT_TRUE(m["blocks"].empty());
}

}  // namespace
}  // namespace bd::http::pages
