// A consolidation as an official report: header, the tables, decimal comma.
#include "app/reports/consolidation.h"

#include <gtest/gtest.h>

namespace bd::app {
namespace {

TEST(ConsolidationDocument, TablesBySexWithTheShareOfWomen) {
  Consolidation c;
  c.unit.name = "Sở Giáo dục và Đào tạo tỉnh An Lạc";
  c.unit.short_name = "SGDĐT";
  OrgUnit parent;
  parent.name = "Bộ Giáo dục và Đào tạo";
  c.parent = parent;
  c.governing_body = "Ủy ban nhân dân tỉnh An Lạc";
  c.signature = {"An Lạc", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Thị Hoa"};
  c.period = *parse_period("2025S2");
  c.counted = 8;
  c.expected = 17;
  DataElement staff;
  staff.code = "staff_total";
  staff.name_vi = "Tổng số cán bộ, giáo viên, nhân viên";
  staff.category = "sex";
  DataSet set;
  set.name_vi = "Nhân sự theo giới tính";
  c.sets.push_back({set, {{staff, {Figure{30.0, 10.0, 40.0}}}}});
  ChildConsolidation ch;
  ch.unit.name = "Trường THCS Tân Mỹ";
  ch.counted = 0;
  ch.expected = 1;
  c.children.push_back(ch);
  const auto doc = consolidation_document(c);
  // A department is governed by its province's People's Committee, not by the ministry it reports to.
  EXPECT_EQ(doc.governing_body, "ỦY BAN NHÂN DÂN TỈNH AN LẠC");
  EXPECT_TRUE(doc.place_date.starts_with("An Lạc, ngày ")) << doc.place_date;
  EXPECT_EQ(doc.signer_authority, "KT. GIÁM ĐỐC");
  EXPECT_EQ(doc.signer_title, "PHÓ GIÁM ĐỐC");
  EXPECT_EQ(doc.signer_name, "Trần Thị Hoa");
  EXPECT_EQ(doc.issuing_body, "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH AN LẠC");
  EXPECT_EQ(doc.number_line, "Số:      /BC-SGDĐT");
  EXPECT_EQ(doc.addressee, "Kính gửi: Bộ Giáo dục và Đào tạo");
  bool counted = false, share = false, child = false;
  for (const auto& b : doc.body) {
    counted = counted || b.text.find("8/17 đơn vị") != std::string::npos;
    for (const auto& row : b.rows) {
      share = share || (row.size() == 5 && row[0] == staff.name_vi && row[4].starts_with("75") && row[4].ends_with("%"));
      child = child || (row.size() == 2 && row[0] == "Trường THCS Tân Mỹ" && row[1] == "0/1");
    }
  }
  EXPECT_TRUE(counted);
  EXPECT_TRUE(share);
  EXPECT_TRUE(child);
  auto has_paragraph = [](const documents::OfficialDocument& d, const std::string& text) {
    for (const auto& b : d.body)
      if (b.text == text) return true;
    return false;
  };
  EXPECT_TRUE(has_paragraph(doc, "Chưa tổng hợp đủ số liệu của 1 đơn vị: Trường THCS Tân Mỹ."));
  // The body ends with the closing sentence and "./.".
  ASSERT_FALSE(doc.body.empty());
  EXPECT_EQ(doc.body.back().text, "Sở Giáo dục và Đào tạo tỉnh An Lạc báo cáo tổng hợp công tác " + c.period.label_vi() +
                                      " như trên; kính báo cáo Bộ Giáo dục và Đào tạo xem xét, chỉ đạo./.");
  // The targets table is also said in words, a sentence per target met or not.
  TargetState t;
  t.indicator.name_vi = "Tỷ lệ nữ cán bộ quản lý";
  t.indicator.unit = "percent";
  t.target.name_vi = "Nữ chiếm từ 40% cán bộ quản lý";
  t.target.comparator = "ge";
  t.target.value = 40;
  t.value = 42.9;
  t.status = "met";
  c.targets = {t};
  c.year_before = {41.4};
  c.children[0].counted = 1;
  const auto with_targets = consolidation_document(c);
  EXPECT_TRUE(has_paragraph(with_targets, "Đã tổng hợp đủ số liệu của tất cả các đơn vị phải báo cáo."));
  EXPECT_TRUE(has_paragraph(with_targets, "- Tỷ lệ nữ cán bộ quản lý đạt 42,9%, vượt chỉ tiêu (≥ 40%) 2,9 điểm phần "
                                          "trăm; tăng 1,5 điểm phần trăm so với cùng kỳ năm 2024."));
  // With the period just before, and where the units below stand.
  c.previous = {43.4};
  TargetState below;
  below.value = 35;
  below.gap = 5;
  below.status = "not_met";
  c.standing = {children_standing({{"Trường THCS Tân Mỹ", below}})};
  const auto compared = consolidation_document(c);
  EXPECT_TRUE(has_paragraph(compared, "- Tỷ lệ nữ cán bộ quản lý đạt 42,9%, vượt chỉ tiêu (≥ 40%) 2,9 điểm phần "
                                      "trăm; tăng 1,5 điểm phần trăm so với cùng kỳ năm 2024; giảm 0,5 điểm phần "
                                      "trăm so với 6 tháng đầu năm 2025."));
  EXPECT_TRUE(has_paragraph(compared, "- Về tỷ lệ nữ cán bộ quản lý: chưa có đơn vị trực thuộc nào đạt chỉ tiêu; "
                                      "chưa đạt: Trường THCS Tân Mỹ (35%)."));
  EXPECT_FALSE(female_share(Figure{0.0, 0.0, 0.0}));
  EXPECT_DOUBLE_EQ(*female_share(Figure{1.0, 2.0, 3.0}), 100.0 / 3);
}

TEST(ConsolidationDocument, WithoutAPlanTheSignatureIsLeftForTheHeadToFillIn) {
  Consolidation c;
  c.unit.name = "Trường THCS Tân Mỹ";
  c.unit.short_name = "THCSTM";
  c.period = *parse_period("2025S2");
  const auto doc = consolidation_document(c);
  EXPECT_EQ(doc.governing_body, "");
  EXPECT_TRUE(doc.place_date.starts_with("ngày ")) << doc.place_date;
  EXPECT_EQ(doc.signer_title, "THỦ TRƯỞNG ĐƠN VỊ");
  EXPECT_EQ(doc.signer_name, "");
  ASSERT_FALSE(doc.body.empty());
  EXPECT_TRUE(doc.body.back().text.ends_with("như trên./.")) << doc.body.back().text;
}

}  // namespace
}  // namespace bd::app
