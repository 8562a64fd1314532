// Rendering a long plan to .docx. Not part of ctest; run by hand:
//   build/bench/docx_bench --benchmark_min_time=0.5
// The plan: 8 parts, each with 3 sections of 4 paragraphs (about 60 words
// each) and 3 bullets, plus a 12-row schedule table: about 20 A4 pages (22
// when LibreOffice lays it out with Liberation Serif). Target: under 20 ms
// per document.
#include <benchmark/benchmark.h>

#include <string>

#include "documents/docx.h"

namespace {

using bd::documents::Block;
using bd::documents::OfficialDocument;

OfficialDocument long_plan() {
  using K = Block::Kind;
  OfficialDocument d;
  d.governing_body = "UBND XÃ TÂN MỸ";
  d.issuing_body = "TRƯỜNG THCS TÂN MỸ";
  d.number_line = "Số: 12/KH-THCSTM";
  d.place_date = "Tân Mỹ, ngày 15 tháng 8 năm 2025";
  d.type_title = "KẾ HOẠCH";
  d.subject = "Thực hiện nhiệm vụ năm học 2025 - 2026";
  auto add = [&](K kind, std::string text) { d.body.push_back({kind, std::move(text), {}, {}}); };
  add(K::kItalic, "Căn cứ Kế hoạch giáo dục năm học 2025 - 2026 của nhà trường;");
  add(K::kItalic, "Căn cứ tình hình thực tế của đơn vị, Trường THCS Tân Mỹ xây dựng kế hoạch như sau.");
  const std::string sentence =
      "Nhà trường tiếp tục đổi mới phương pháp dạy học và kiểm tra, đánh giá theo hướng phát triển "
      "phẩm chất, năng lực của học sinh; đưa công nghệ số vào quản lý và "
      "giảng dạy; phối hợp chặt chẽ với cha mẹ học sinh & chính quyền địa phương để nâng cao chất "
      "lượng giáo dục toàn diện. ";
  const std::string closing =
      "Các tổ chuyên môn chủ động xây dựng kế hoạch chi tiết, triển khai thực hiện và báo cáo "
      "kết quả định kỳ về Ban giám hiệu.";
  const char* roman[] = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII"};
  for (int part = 0; part < 8; ++part) {
    add(K::kHeading1, std::string(roman[part]) + ". NHIỆM VỤ TRỌNG TÂM THỨ " + std::to_string(part + 1));
    for (int section = 1; section <= 3; ++section) {
      add(K::kHeading2, std::to_string(section) + ". Nội dung thực hiện số " + std::to_string(section));
      for (int p = 0; p < 4; ++p) add(K::kParagraph, sentence + closing);
      for (int b = 0; b < 3; ++b) add(K::kBullet, "Tổ chức kiểm tra, đánh giá định kỳ theo kế hoạch;");
    }
    if (part == 3) {
      Block table{K::kTable, {}, {{"TT", "Thời gian", "Nội dung", "Phụ trách"}}, {1, 3, 6, 3}};
      for (int m = 0; m < 12; ++m)
        table.rows.push_back({std::to_string(m + 1), "Tháng " + std::to_string((m + 8) % 12 + 1),
                              "Hoạt động chuyên môn, sinh hoạt tổ theo chủ đề của tháng", "Tổ chuyên môn"});
      d.body.push_back(std::move(table));
    }
  }
  add(K::kParagraph, "Trên đây là Kế hoạch thực hiện nhiệm vụ năm học 2025 - 2026 của nhà trường./.");
  d.recipients = {"- Phòng Văn hóa - Xã hội xã (để b/c);", "- Hiệu trưởng (để b/c);",
                  "- Các tổ chuyên môn (để t/h);", "- Lưu: VT."};
  d.signer_authority = "KT. HIỆU TRƯỞNG";
  d.signer_title = "PHÓ HIỆU TRƯỞNG";
  d.signer_name = "Nguyễn Văn An";
  return d;
}

void BM_WriteDocxLongPlan(benchmark::State& state) {
  const OfficialDocument doc = long_plan();
  size_t bytes = 0;
  for (auto _ : state) {
    const std::string docx = bd::documents::write_docx(doc);
    bytes = docx.size();
    benchmark::DoNotOptimize(docx.data());
  }
  state.counters["docx_bytes"] = static_cast<double>(bytes);
  state.counters["blocks"] = static_cast<double>(doc.body.size());
}
BENCHMARK(BM_WriteDocxLongPlan)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
