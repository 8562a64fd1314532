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
  EXPECT_EQ(doc.governing_body, "BỘ GIÁO DỤC VÀ ĐÀO TẠO");
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
  EXPECT_FALSE(female_share(Figure{0.0, 0.0, 0.0}));
  EXPECT_DOUBLE_EQ(*female_share(Figure{1.0, 2.0, 3.0}), 100.0 / 3);
}

}  // namespace
}  // namespace bd::app
