// A plan laid out as an official document (plan_document.cpp): the body's
// numbered parts in order, parts left out when empty (the numbering
// follows), the basis and recipients punctuation, the signature with and
// without "KT.", the header lines and the schedule annex.
#include "app/plans/plan_fixture.h"

namespace bd::test {
namespace {

using nlohmann::json;
using documents::Block;
using Kind = documents::Block::Kind;

// The body as (kind, text) pairs; a table as its rows joined.
std::vector<std::pair<Kind, std::string>> outline(const std::vector<Block>& body) {
  std::vector<std::pair<Kind, std::string>> out;
  for (const auto& b : body) {
    std::string text = b.text;
    for (const auto& row : b.rows) {
      text += "[";
      for (size_t i = 0; i < row.size(); ++i) text += (i ? "|" : "") + row[i];
      text += "]";
    }
    out.emplace_back(b.kind, text);
  }
  return out;
}

json full_plan() {
  json c = issuable_plan();
  c["basis"] = {"Luật Bình đẳng giới năm 2006.", "Nghị định số 48/2009/NĐ-CP;", "Kế hoạch của Sở Giáo dục và Đào tạo,"};
  c["general_objective"] = "Nâng cao nhận thức.\n\nThu hẹp khoảng cách giới.";
  c["objectives"] = {{{"title", "Cán bộ quản lý"},
                      {"targets", {{{"text", "Ít nhất 40% là nữ"}}, {{"text", "100% được tập huấn"}}}}},
                     {{"title", "Học sinh"}}};
  c["tasks"] = {{{"title", "Tuyên truyền"},
                 {"actions", {"Sinh hoạt chuyên đề", "Bảng tin"}},
                 {"responsible", "Công đoàn"},
                 {"timeframe", "Cả năm"}},
                {{"title", "Tập huấn"}}};
  c["duties"] = {{{"unit", "Tổ chuyên môn"}, {"text", "Triển khai.\nBáo cáo kết quả."}}};
  c["reporting"] = "Báo cáo trước ngày 15/6 và 15/12.";
  c["closing"] = "Trên đây là kế hoạch.\nĐề nghị thực hiện.";
  c["recipients"] = {"Phòng GDĐT,", "Lưu: VT,"};
  c["schedule"] = {{{"month", 3}, {"work", "Tọa đàm 8/3"}, {"responsible", "Công đoàn"}},
                   {{"work", "Rà soát số liệu"}}};
  return c;
}

class PlanDocument : public PlanTree {
 protected:
  documents::OfficialDocument doc_of(int64_t id) {
    auto d = plans().document(system(), id);
    EXPECT_TRUE(d.ok()) << d.error().message;
    return d ? *d : documents::OfficialDocument{};
  }
};

TEST_F(PlanDocument, EveryPartInOrder) {
  const auto p = issued("TH-AP", "05/01/2027", full_plan());
  const auto d = doc_of(p.record.id);
  const std::vector<std::pair<Kind, std::string>> expected = {
      {Kind::kItalic, "Luật Bình đẳng giới năm 2006;"},
      {Kind::kItalic, "Nghị định số 48/2009/NĐ-CP;"},
      {Kind::kItalic, "Kế hoạch của Sở Giáo dục và Đào tạo."},
      {Kind::kHeading1, "I. MỤC TIÊU"},
      {Kind::kHeading2, "1. Mục tiêu chung"},
      {Kind::kParagraph, "Nâng cao nhận thức."},
      {Kind::kParagraph, "Thu hẹp khoảng cách giới."},
      {Kind::kHeading2, "2. Mục tiêu cụ thể"},
      {Kind::kHeading3, "Mục tiêu 1: Cán bộ quản lý"},
      {Kind::kBullet, "- Chỉ tiêu: Ít nhất 40% là nữ"},
      {Kind::kBullet, "- Chỉ tiêu: 100% được tập huấn"},
      {Kind::kHeading3, "Mục tiêu 2: Học sinh"},
      {Kind::kHeading1, "II. NHIỆM VỤ VÀ GIẢI PHÁP"},
      {Kind::kHeading2, "1. Tuyên truyền"},
      {Kind::kBullet, "- Sinh hoạt chuyên đề"},
      {Kind::kBullet, "- Bảng tin"},
      {Kind::kParagraph, "Đơn vị thực hiện: Công đoàn."},
      {Kind::kParagraph, "Thời gian thực hiện: Cả năm."},
      {Kind::kHeading2, "2. Tập huấn"},
      {Kind::kHeading1, "III. TỔ CHỨC THỰC HIỆN"},
      {Kind::kHeading2, "1. Tổ chuyên môn"},
      {Kind::kParagraph, "Triển khai."},
      {Kind::kParagraph, "Báo cáo kết quả."},
      {Kind::kHeading2, "2. Chế độ báo cáo"},
      {Kind::kParagraph, "Báo cáo trước ngày 15/6 và 15/12."},
      {Kind::kParagraph, "Trên đây là kế hoạch."},
      {Kind::kParagraph, "Đề nghị thực hiện."},
  };
  EXPECT_EQ(outline(d.body), expected);
  // The schedule is an annex, after the signature, tied to the plan by its number and date.
  const std::vector<std::pair<Kind, std::string>> annex = {
      {Kind::kCentered, "PHỤ LỤC"},
      {Kind::kCentered, "LỊCH HOẠT ĐỘNG NĂM 2027"},
      {Kind::kCenteredItalic, "(Kèm theo Kế hoạch số" + d.number_line.substr(std::string("Số:").size()) +
                                  " ngày 05/01/2027)"},
      {Kind::kTable,
       // In month order: a line without a month is read as January.
       "[Tháng|Nội dung công việc|Người, bộ phận thực hiện][Tháng 1|Rà soát số liệu|][Tháng 3|Tọa đàm 8/3|Công đoàn]"},
  };
  EXPECT_EQ(outline(d.annex), annex);
  ASSERT_FALSE(d.annex.empty());
  EXPECT_EQ(d.annex.back().widths, (std::vector<int>{12, 58, 30}));
  EXPECT_FALSE(d.draft) << "issued: no DỰ THẢO";
  EXPECT_EQ(d.recipients, (std::vector<std::string>{"- Phòng GDĐT;", "- Lưu: VT."}));
  EXPECT_EQ(d.type_title, "KẾ HOẠCH");
  EXPECT_EQ(d.addressee, "") << "a plan has no addressee";
}

TEST_F(PlanDocument, EmptyPartsAreLeftOutAndTheNumberingFollows) {
  json c = issuable();
  c["duties"] = {{{"unit", "Tổ văn phòng"}, {"text", "Lưu hồ sơ."}}};
  auto p = plans().create(system(), "TH-AP", c);
  ASSERT_TRUE(p.ok());
  const auto d = doc_of(p->record.id);
  const std::vector<std::pair<Kind, std::string>> expected = {
      {Kind::kHeading1, "I. MỤC TIÊU"},
      {Kind::kHeading2, "Mục tiêu cụ thể"},  // a part with one item has no lone "1."
      {Kind::kHeading3, "Mục tiêu: Nâng tỉ lệ nữ cán bộ quản lý"},  // a lone objective: no number
      {Kind::kBullet, "- Chỉ tiêu: Ít nhất 40% cán bộ quản lý là nữ"},
      {Kind::kHeading1, "II. TỔ CHỨC THỰC HIỆN"},
      {Kind::kHeading2, "Tổ văn phòng"},
      {Kind::kParagraph, "Lưu hồ sơ."},
  };
  EXPECT_EQ(outline(d.body), expected);
  EXPECT_TRUE(d.recipients.empty());

  // Only a reporting rule still makes the part; without it and duties there is none.
  c.erase("duties");
  c["reporting"] = "Báo cáo năm.";
  ASSERT_TRUE(plans().update(system(), p->record.id, c).ok());
  auto reporting = outline(doc_of(p->record.id).body);
  ASSERT_GE(reporting.size(), 3u);
  EXPECT_EQ(reporting[reporting.size() - 3], std::make_pair(Kind::kHeading1, std::string("II. TỔ CHỨC THỰC HIỆN")));
  EXPECT_EQ(reporting[reporting.size() - 2], std::make_pair(Kind::kHeading2, std::string("Chế độ báo cáo")));
  c.erase("reporting");
  ASSERT_TRUE(plans().update(system(), p->record.id, c).ok());
  for (const auto& [kind, text] : outline(doc_of(p->record.id).body)) {
    EXPECT_NE(kind, Kind::kPageBreak) << "no annex without a schedule";
    EXPECT_NE(kind, Kind::kTable);
    EXPECT_EQ(text.find("TỔ CHỨC THỰC HIỆN"), std::string::npos);
  }
}

TEST_F(PlanDocument, HeaderLinesOfADraftAndOfAnIssuedPlan) {
  json c = issuable();
  c["place"] = "";
  auto draft = plans().create(system(), "THCS-BM", c);
  ASSERT_TRUE(draft.ok());
  auto d = doc_of(draft->record.id);
  EXPECT_EQ(d.issuing_body, "TRƯỜNG THCS BÌNH MINH");
  EXPECT_EQ(d.governing_body, "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HÒA BÌNH") << "no governor: the parent";
  EXPECT_EQ(d.number_line, "Số:      /KH-THCSBM");
  EXPECT_TRUE(d.draft) << "DỰ THẢO until issued";
  EXPECT_EQ(d.place_date, "ngày      tháng      năm 2027") << "no place: no comma";
  EXPECT_EQ(d.subject, "Thực hiện công tác bình đẳng giới năm 2027");

  const auto governed = issued("TH-AP", "09/02/2027");
  d = doc_of(governed.record.id);
  EXPECT_EQ(d.governing_body, "ỦY BAN NHÂN DÂN XÃ HÒA BÌNH") << "the governor before the parent";
  EXPECT_EQ(d.number_line, "Số: 01/KH-THAP");
  EXPECT_EQ(d.place_date, "Hòa Bình, ngày 09 tháng 02 năm 2027");

  // The content's governing body wins over the tree; the root has none.
  c = issuable();
  c["governing_body"] = "Ủy ban nhân dân tỉnh Hòa Bình";
  EXPECT_EQ(doc_of(plans().create(system(), "TH-AP", c)->record.id).governing_body, "ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH");
  EXPECT_EQ(doc_of(plans().create(system(), "BGDDT", issuable())->record.id).governing_body, "");
}

// An issued plan is an official record: renaming its unit, giving it a new
// abbreviation or another governing body changes drafts, never what was
// issued. A new version takes the header of its own issue.
TEST_F(PlanDocument, AnIssuedPlanKeepsItsHeaderWhateverTheTreeBecomes) {
  const auto p = issued("TH-AP", "09/02/2027");
  app::OrgPatch patch;
  patch.name = "Trường Tiểu học An Phú Mới";
  patch.short_name = "THAPM";
  patch.governor = "";  // governed by its parent, the Sở, from now on
  auto changed = t_.app->orgs().update(system(), "TH-AP", patch);
  ASSERT_TRUE(changed.ok()) << changed.error().message;

  auto d = doc_of(p.record.id);
  EXPECT_EQ(d.issuing_body, "TRƯỜNG TIỂU HỌC AN PHÚ");
  EXPECT_EQ(d.governing_body, "ỦY BAN NHÂN DÂN XÃ HÒA BÌNH");
  EXPECT_EQ(d.number_line, "Số: 01/KH-THAP");
  auto again = plans().get(system(), p.record.id);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->number_line, "Số: 01/KH-THAP") << "the plan's page and lists too";

  auto draft = plans().create(system(), "TH-AP", issuable());
  ASSERT_TRUE(draft.ok());
  d = doc_of(draft->record.id);
  EXPECT_EQ(d.issuing_body, "TRƯỜNG TIỂU HỌC AN PHÚ MỚI") << "a draft: the tree as it is now";
  EXPECT_EQ(d.governing_body, "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HÒA BÌNH");
  EXPECT_EQ(d.number_line, "Số:      /KH-THAPM");

  auto next = plans().new_version(system(), p.record.id);
  ASSERT_TRUE(next.ok()) << next.error().message;
  EXPECT_FALSE(next->content.contains(app::kIssuedAs)) << "a new draft, not yet issued";
  auto next_issued = plans().issue(system(), next->record.id, "01/03/2027");
  ASSERT_TRUE(next_issued.ok()) << next_issued.error().message;
  d = doc_of(next->record.id);
  EXPECT_EQ(d.issuing_body, "TRƯỜNG TIỂU HỌC AN PHÚ MỚI");
  EXPECT_EQ(d.number_line, "Số: 02/KH-THAPM");
  EXPECT_EQ(doc_of(p.record.id).issuing_body, "TRƯỜNG TIỂU HỌC AN PHÚ") << "the first, superseded, as issued";
}

TEST_F(PlanDocument, TheSignatureWithAndWithoutAuthority) {
  json c = issuable();
  c["signer"] = {{"title", "Hiệu trưởng"}, {"name", "Lê Thị Thu"}};
  auto own = plans().create(system(), "TH-AP", c);
  ASSERT_TRUE(own.ok());
  auto d = doc_of(own->record.id);
  EXPECT_EQ(d.signer_authority, "");
  EXPECT_EQ(d.signer_title, "HIỆU TRƯỞNG");
  EXPECT_EQ(d.signer_name, "Lê Thị Thu");

  c["signer"] = {{"authority", "TM."}, {"title", "Ban chỉ đạo"}, {"deputy_title", "Trưởng ban"}, {"name", "Lê Thị Thu"}};
  auto on_behalf = plans().create(system(), "TH-AP", c);
  ASSERT_TRUE(on_behalf.ok());
  d = doc_of(on_behalf->record.id);
  EXPECT_EQ(d.signer_authority, "TM. BAN CHỈ ĐẠO");
  EXPECT_EQ(d.signer_title, "TRƯỞNG BAN");

  c.erase("signer");
  auto unsigned_plan = plans().create(system(), "TH-AP", c);
  ASSERT_TRUE(unsigned_plan.ok());
  d = doc_of(unsigned_plan->record.id);
  EXPECT_EQ(d.signer_authority + d.signer_title + d.signer_name, "");
}

TEST_F(PlanDocument, UnknownAndUnreadablePlans) {
  EXPECT_EQ(plans().document(system(), 987654).error().code, ErrorCode::kNotFound);
  auto draft = plans().create(system(), "SO-HB", issuable());
  ASSERT_TRUE(draft.ok());
  EXPECT_EQ(plans().document(as("tha.bt"), draft->record.id).error().code, ErrorCode::kForbidden);
  EXPECT_TRUE(plans().document(as("so.ql"), draft->record.id).ok());
}

}  // namespace
}  // namespace bd::test
