// A realistic plan of a (fictional) lower secondary school for the documents
// tests: 3 parts with sub-headings, basis lines, paragraphs, bullets, a
// 12-month schedule table, 4 recipients, a deputy's signature and an annex.
#pragma once

#include <string>

#include "documents/official_document.h"

namespace bd::documents::testing {

inline OfficialDocument sample_plan() {
  using K = Block::Kind;
  OfficialDocument d;
  d.governing_body = "UBND XÃ TÂN MỸ";
  d.issuing_body = "TRƯỜNG THCS TÂN MỸ";
  d.number_line = "Số: 05/KH-THCSTM";
  d.place_date = "Tân Mỹ, ngày 05 tháng 9 năm 2025";
  d.type_title = "KẾ HOẠCH";
  d.subject = "Tổ chức hoạt động trải nghiệm, hướng nghiệp\nnăm học 2025 - 2026";
  auto add = [&](K kind, std::string text) { d.body.push_back({kind, std::move(text), {}, {}}); };
  add(K::kItalic, "Căn cứ Kế hoạch giáo dục năm học 2025 - 2026 của Trường THCS Tân Mỹ;");
  add(K::kItalic, "Căn cứ kết quả thực hiện hoạt động trải nghiệm của năm học trước, Trường THCS "
                  "Tân Mỹ xây dựng kế hoạch tổ chức hoạt động trải nghiệm, hướng nghiệp như sau.");
  add(K::kHeading1, "I. MỤC ĐÍCH, YÊU CẦU");
  add(K::kHeading2, "1. Mục đích");
  add(K::kParagraph, "Giúp học sinh phát triển phẩm chất, năng lực, hiểu biết về bản thân và nghề "
                     "nghiệp; gắn kiến thức đã học với thực tiễn đời sống ở địa phương.");
  add(K::kParagraph, "Tăng cường sự phối hợp giữa Nhà trường & Ban đại diện cha mẹ học sinh trong "
                     "việc tổ chức các hoạt động ngoài giờ lên lớp.");
  add(K::kHeading2, "2. Yêu cầu");
  add(K::kBullet, "Hoạt động phù hợp với lứa tuổi, bảo đảm an toàn tuyệt đối cho học sinh;");
  add(K::kBullet, "Mỗi nhóm trải nghiệm có < 45 học sinh và ít nhất 02 giáo viên phụ trách;");
  add(K::kBullet, "Đánh giá kết quả sau mỗi chủ đề, rút kinh nghiệm kịp thời.");
  add(K::kHeading1, "II. NỘI DUNG VÀ LỊCH THỰC HIỆN");
  add(K::kHeading3, "a) Các chủ đề theo tháng");
  add(K::kParagraph, "Mỗi tháng tổ chức một chủ đề chính; giáo viên chủ nhiệm lồng ghép nội dung "
                     "vào tiết sinh hoạt lớp và báo cáo kết quả về Ban giám hiệu trước ngày 25 hằng tháng.");
  Block table{K::kTable, {}, {{"TT", "Thời gian", "Nội dung", "Phụ trách"}}, {1, 3, 6, 3}};
  const char* months[12][3] = {
      {"Tháng 9/2025", "Chào năm học mới, xây dựng nội quy lớp", "GVCN"},
      {"Tháng 10/2025", "Tìm hiểu truyền thống quê hương Tân Mỹ", "Tổ Xã hội"},
      {"Tháng 11/2025", "Tri ân thầy cô, văn nghệ chào mừng 20/11", "Đoàn trường"},
      {"Tháng 12/2025", "Kỹ năng phòng tránh tai nạn thương tích", "Y tế trường học"},
      {"Tháng 01/2026", "Ngày hội đọc sách, giới thiệu sách hay", "Thư viện"},
      {"Tháng 02/2026", "Tết cổ truyền, gói bánh chưng tại trường", "Tổ Tự nhiên"},
      {"Tháng 3/2026", "Tham quan cơ sở sản xuất ở địa phương", "Tổ Tự nhiên"},
      {"Tháng 4/2026", "Hướng nghiệp: gặp gỡ người làm nghề", "Tổ Xã hội"},
      {"Tháng 5/2026", "Tổng kết, trưng bày sản phẩm trải nghiệm", "Ban giám hiệu"},
      {"Tháng 6/2026", "Sinh hoạt hè, kỹ năng bơi an toàn", "Đoàn trường"},
      {"Tháng 7/2026", "Tình nguyện vì cộng đồng", "Đoàn trường"},
      {"Tháng 8/2026", "Chuẩn bị năm học mới, đón học sinh lớp 6", "GVCN"}};
  for (int i = 0; i < 12; ++i)
    table.rows.push_back({std::to_string(i + 1), months[i][0], months[i][1], months[i][2]});
  d.body.push_back(table);
  add(K::kHeading1, "III. TỔ CHỨC THỰC HIỆN");
  add(K::kHeading2, "1. Ban giám hiệu");
  add(K::kParagraph, "Phân công nhiệm vụ, kiểm tra, đôn đốc việc thực hiện kế hoạch; bố trí kinh phí "
                     "từ nguồn chi thường xuyên của nhà trường theo quy định.");
  add(K::kHeading2, "2. Giáo viên chủ nhiệm");
  add(K::kBullet, "Phổ biến kế hoạch đến học sinh và cha mẹ học sinh;");
  add(K::kBullet, "Theo dõi, đánh giá sự tham gia của từng học sinh.");
  add(K::kParagraph, "Trên đây là Kế hoạch tổ chức hoạt động trải nghiệm, hướng nghiệp năm học "
                     "2025 - 2026 của Trường THCS Tân Mỹ. Trong quá trình thực hiện, nếu có vướng "
                     "mắc, các bộ phận báo cáo về Ban giám hiệu để kịp thời giải quyết./.");
  d.recipients = {"- Phòng Văn hóa - Xã hội xã Tân Mỹ (để b/c);", "- Hiệu trưởng (để b/c);",
                  "- Các tổ chuyên môn (để t/h);", "- Lưu: VT, HS."};
  d.signer_authority = "KT. HIỆU TRƯỞNG";
  d.signer_title = "PHÓ HIỆU TRƯỞNG";
  d.signer_name = "Đặng Thị Hồng Nhung";
  // An annex after the signature, on its own page.
  d.annex.push_back({K::kCentered, "PHỤ LỤC", {}, {}});
  d.annex.push_back({K::kCenteredItalic, "(Kèm theo Kế hoạch số 05/KH-THCSTM ngày 05/9/2025)", {}, {}});
  d.annex.push_back({K::kTable, {}, {{"TT", "Câu lạc bộ", "Phụ trách"}, {"1", "Em yêu khoa học", "Tổ Tự nhiên"},
                                      {"2", "Bình đẳng giới", "Đoàn trường"}}, {1, 6, 3}});
  return d;
}

}  // namespace bd::documents::testing
