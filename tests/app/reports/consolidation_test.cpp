// Consolidation: equal to the engine when every report is approved; only the
// counted units otherwise; the per-child table; the official report.
#include "app/reports/consolidation.h"

#include "app/fixture.h"
#include "documents/xlsx_reader.h"

namespace bd::test {
namespace {

double stored(app::App& app, const std::string& org, const std::string& period, const std::string& element,
              const std::string& option) {
  auto values = app.values().get(app::Actor::System(), org, period);
  EXPECT_TRUE(values.ok());
  for (const auto& v : *values)
    if (v.element == element && v.option == option && v.number) return *v.number;
  return 0;
}

class ConsolidationTest : public ::testing::Test {
 protected:
  void SetUp() override { t_ = make_app("sqlite", true, &clock_); }
  const app::Figure* figure(const app::Consolidation& c, const std::string& element) {
    for (const auto& s : c.sets)
      for (const auto& r : s.rows)
        if (r.element.code == element) return &r.figure;
    return nullptr;
  }
  FakeClock clock_;
  TestApp t_;
};

TEST_F(ConsolidationTest, EveryReportApprovedEqualsTheEngine) {
  const auto admin = app::Actor::System();
  auto c = t_.app->consolidations().build(admin, "SGD-AL", "2025S1", false);
  ASSERT_TRUE(c.ok()) << c.error().message;
  EXPECT_EQ(c->counted, c->expected) << "every school approved in the first half";
  int64_t gdtx = 0;
  for (const auto& ch : c->children)
    if (ch.unit.code == "GDTX-AL") {
      gdtx = ch.unit.id;
      EXPECT_EQ(ch.expected, 0) << "exempted";
    }
  ASSERT_GT(gdtx, 0);
  EXPECT_GT(c->counted, 10);
  ASSERT_FALSE(c->sets.empty());
  int compared = 0;
  for (const auto& s : c->sets)
    for (const auto& r : s.rows) {
      const std::string option = r.element.by_sex() ? "female" : "";
      auto engine = t_.app->analytics().element(r.element.code, option, c->unit.id, c->period);
      // The exempted centre's figures are left out.
      auto exempt = t_.app->analytics().element(r.element.code, option, gdtx, c->period);
      auto mine = r.element.by_sex() ? r.figure.female : r.figure.total;
      if (!engine) continue;
      ASSERT_TRUE(mine.has_value()) << r.element.code;
      EXPECT_DOUBLE_EQ(*engine - exempt.value_or(0), *mine) << r.element.code;
      ++compared;
    }
  EXPECT_GT(compared, 5);
  auto staff = figure(*c, "staff_total");
  ASSERT_NE(staff, nullptr);
  ASSERT_TRUE(staff->female && staff->male && staff->total);
  EXPECT_DOUBLE_EQ(*staff->total, *staff->female + *staff->male);
  ASSERT_TRUE(app::female_share(*staff));
  EXPECT_GT(*app::female_share(*staff), 50) << "schools employ mostly women";
}

TEST_F(ConsolidationTest, OnlyApprovedReportsCountUnlessSubmittedAreIncluded) {
  const auto admin = app::Actor::System();
  const std::vector<std::string> approved = {"MN-HOAMAI", "MN-TUOITHO", "TH-TANMY", "TH-LONGSON",
                                             "THCS-LONGSON", "THCS-VANHA", "THPT-ANLAC", "THPT-VANHA"};
  const std::vector<std::string> submitted = {"THCS-TANMY", "TH-BINHAN", "THPT-NGOCKHE"};
  double want = 0, want_with_submitted = 0;
  for (const auto& o : approved) want += stored(*t_.app, o, "2025S2", "staff_total", "female");
  want_with_submitted = want;
  for (const auto& o : submitted) want_with_submitted += stored(*t_.app, o, "2025S2", "staff_total", "female");
  ASSERT_GT(want, 0);

  auto c = t_.app->consolidations().build(admin, "SGD-AL", "2025S2", false);
  ASSERT_TRUE(c.ok()) << c.error().message;
  EXPECT_EQ(c->counted, 8);
  EXPECT_DOUBLE_EQ(figure(*c, "staff_total")->female.value_or(-1), want);
  auto engine = t_.app->analytics().element("staff_total", "female", c->unit.id, c->period);
  ASSERT_TRUE(engine);
  EXPECT_GT(*engine, want) << "the engine holds every school's figures, approved or not";

  auto with = t_.app->consolidations().build(admin, "SGD-AL", "2025S2", true);
  ASSERT_TRUE(with.ok());
  EXPECT_EQ(with->counted, 11);
  EXPECT_DOUBLE_EQ(figure(*with, "staff_total")->female.value_or(-1), want_with_submitted);

  bool seen = false;
  for (const auto& ch : c->children) {
    if (ch.unit.code != "THCS-TANMY") continue;
    seen = true;
    EXPECT_EQ(ch.counted, 0);
    EXPECT_EQ(ch.expected, 1);
  }
  EXPECT_TRUE(seen);
}

TEST_F(ConsolidationTest, TargetsReadTheSameFiguresAsTheTables) {
  // 2025S2: only some reports approved, so every stored value and the
  // approved ones differ; the targets must follow the tables.
  for (bool with_submitted : {false, true}) {
    auto c = t_.app->consolidations().build(app::Actor::System(), "SGD-AL", "2025S2", with_submitted);
    ASSERT_TRUE(c.ok()) << c.error().message;
    int checked = 0;
    for (const auto& t : c->targets) {
      // The share-of-women targets: #{X.female} / #{X} * 100.
      const std::string& e = t.indicator.expression;
      const std::string head = "#{", tail = ".female} / #{";
      if (!e.starts_with(head) || e.find(tail) == std::string::npos) continue;
      const std::string element = e.substr(2, e.find(tail) - 2);
      if (e != "#{" + element + ".female} / #{" + element + "} * 100") continue;
      const app::Figure* f = figure(*c, element);
      ASSERT_NE(f, nullptr) << element;
      const auto share = app::female_share(*f);
      ASSERT_EQ(t.value.has_value(), share.has_value()) << t.target.code;
      if (share) EXPECT_NEAR(*t.value, *share, 1e-9) << t.target.code << " of " << element;
      ++checked;
    }
    EXPECT_GE(checked, 2) << "women managers and masters at least";
  }
  // The engine's figure (every stored value) differs: the basis mattered.
  auto c = t_.app->consolidations().build(app::Actor::System(), "SGD-AL", "2025S2", false);
  auto all = t_.app->analytics().indicator("pct_women_managers", c->unit.id, c->period);
  const auto share = app::female_share(*figure(*c, "staff_managers"));
  ASSERT_TRUE(all.ok() && *all && share);
  EXPECT_NE(**all, *share);
}

TEST_F(ConsolidationTest, TheDepartmentsReportCarriesTheTargetsForEachSchool) {
  auto c = t_.app->consolidations().build(app::Actor::System(), "SGD-AL", "2025S1", false);
  ASSERT_TRUE(c.ok()) << c.error().message;
  const app::TargetState* managers = nullptr;
  for (const auto& t : c->targets)
    if (t.target.code == "T_WOMEN_MANAGERS") managers = &t;
  ASSERT_NE(managers, nullptr) << "the headline target, women ≥ 40% of managers";
  const auto share = app::female_share(*figure(*c, "staff_managers"));
  ASSERT_TRUE(managers->value && share);
  EXPECT_NEAR(*managers->value, *share, 1e-9) << "on the report's own figures";
}

// Where each unit below stands on a target comes from its own figures in
// the tables: a school whose report is not approved has no data here, even
// though the engine holds its values.
TEST_F(ConsolidationTest, WhereEachUnitBelowStandsIsOnTheReportsBasis) {
  auto c = t_.app->consolidations().build(app::Actor::System(), "SGD-AL", "2025S2", false);
  ASSERT_TRUE(c.ok()) << c.error().message;
  ASSERT_EQ(c->standing.size(), c->targets.size());
  size_t i = 0;
  while (i < c->targets.size() && c->targets[i].target.code != "T_WOMEN_MANAGERS") ++i;
  ASSERT_LT(i, c->targets.size());
  ASSERT_TRUE(c->standing[i]);
  const app::TargetChildren& k = *c->standing[i];
  EXPECT_GE(k.met.size() + k.behind.size(), 8u) << "the approved schools";
  EXPECT_GT(k.no_data, 0) << "those not counted";
  // Each unit's value is the share of women among its managers in its row of the tables.
  size_t set = 0, row = 0;
  for (; set < c->sets.size(); ++set) {
    for (row = 0; row < c->sets[set].rows.size() && c->sets[set].rows[row].element.code != "staff_managers"; ++row) {}
    if (row < c->sets[set].rows.size()) break;
  }
  ASSERT_LT(set, c->sets.size());
  int compared = 0;
  for (const auto& b : k.behind)
    for (const auto& ch : c->children)
      if (ch.unit.name == b.name) {
        ASSERT_TRUE(b.value && app::female_share(ch.figures[set][row])) << b.name;
        EXPECT_NEAR(*b.value, *app::female_share(ch.figures[set][row]), 1e-9) << b.name;
        ++compared;
      }
  EXPECT_EQ(compared, static_cast<int>(k.behind.size()));
  for (const auto& name : k.met) EXPECT_NE(name, "Trường THCS Tân Mỹ") << "submitted, not approved";
  for (const auto& b : k.behind) EXPECT_NE(b.name, "Trường THCS Tân Mỹ") << "submitted, not approved";
}

// A number as the document prints it: "1.234", "78,9%".
double printed(std::string s) {
  std::string out;
  for (char ch : s)
    if (ch == ',') out += '.';
    else if (ch != '.' && ch != '%') out += ch;
  return std::stod(out);
}

// One basis per report, as a reader checks it: every share of women printed
// in the .docx is Nữ / Tổng số of its own row, and every target that is such
// a share prints the same figure in the targets table, in its sentence and
// in the .xlsx. 2025S2, where the approved figures and every stored value
// differ (both bases).
TEST_F(ConsolidationTest, EveryShareInTheDocumentAndWorkbookIsTheTablesOwn) {
  for (bool with_submitted : {false, true}) {
    auto c = t_.app->consolidations().build(app::Actor::System(), "SGD-AL", "2025S2", with_submitted);
    ASSERT_TRUE(c.ok()) << c.error().message;
    const auto doc = app::consolidation_document(*c);
    std::map<std::string, std::string> share_of, result_of;  // element → "78,9%"; target → its result
    std::string words;
    for (const auto& b : doc.body) {
      words += b.text + "\n";
      if (b.kind != documents::Block::Kind::kTable || b.rows.empty()) continue;
      const auto& head = b.rows[0];
      for (size_t i = 1; i < b.rows.size(); ++i) {
        const auto& row = b.rows[i];
        if (head.size() == 5 && head[4] == "Tỷ lệ nữ" && !row[4].empty() && row[4] != "–") {
          ASSERT_TRUE(!row[1].empty() && !row[3].empty()) << row[0] << ": a share needs its figures";
          EXPECT_NEAR(printed(row[4]), printed(row[1]) / printed(row[3]) * 100, 0.05) << row[0];
          share_of[row[0]] = row[4];
        }
        if (head.size() == 4 && head[0] == "Chỉ tiêu") result_of[row[0]] = row[2];
      }
    }
    auto wb = documents::read_xlsx(*app::consolidation_xlsx(*c));
    ASSERT_TRUE(wb.ok());
    std::map<std::string, double> sheet_share, sheet_result;
    for (const auto& [pos, cell] : wb->sheet("Tổng hợp")->cells)
      if (pos.col == 0)
        if (const auto* v = wb->sheet("Tổng hợp")->at(pos.row, 4); v && v->type == documents::XlsxCell::Type::kNumber)
          sheet_share[cell.text] = v->number;
    for (const auto& [pos, cell] : wb->sheet("Chỉ tiêu")->cells)
      if (pos.col == 0 && pos.row > 0)
        if (const auto* v = wb->sheet("Chỉ tiêu")->at(pos.row, 2); v && v->type == documents::XlsxCell::Type::kNumber)
          sheet_result[cell.text] = v->number;
    int checked = 0;
    for (const auto& t : c->targets) {
      const std::string& e = t.indicator.expression;
      const size_t dot = e.find(".female} / #{");
      if (!e.starts_with("#{") || dot == std::string::npos) continue;
      const std::string code = e.substr(2, dot - 2);
      if (e != "#{" + code + ".female} / #{" + code + "} * 100") continue;
      std::string name;
      for (const auto& set : c->sets)
        for (const auto& r : set.rows)
          if (r.element.code == code) name = r.element.name_vi;
      if (!share_of.count(name)) continue;
      EXPECT_EQ(result_of[t.target.name_vi], share_of[name]) << t.target.code;
      if (t.status != "no_data")
        EXPECT_NE(words.find(t.indicator.name_vi + " đạt " + share_of[name]), std::string::npos)
            << t.target.code << ": the sentence says " << share_of[name];
      ASSERT_TRUE(sheet_result.count(t.target.name_vi) && sheet_share.count(name)) << t.target.code;
      EXPECT_NEAR(sheet_result[t.target.name_vi], sheet_share[name], 1e-9) << t.target.code;
      ++checked;
    }
    EXPECT_GE(checked, 2) << "women managers and masters at least";
  }
}

TEST_F(ConsolidationTest, TheOfficialReportAndItsScope) {
  auto doc = t_.app->consolidations().document(app::Actor::System(), "SGD-AL", "2025S1", false);
  ASSERT_TRUE(doc.ok()) << doc.error().message;
  EXPECT_EQ(doc->type_title, "BÁO CÁO");
  EXPECT_NE(doc->number_line.find("/BC-SGDĐT"), std::string::npos);
  EXPECT_EQ(doc->addressee, "Kính gửi: Bộ Giáo dục và Đào tạo");
  // Governed by the province, signed as the department's latest plan is signed, at its place.
  EXPECT_EQ(doc->governing_body, "ỦY BAN NHÂN DÂN TỈNH AN LẠC");
  EXPECT_EQ(doc->signer_authority, "KT. GIÁM ĐỐC");
  EXPECT_EQ(doc->signer_title, "PHÓ GIÁM ĐỐC");
  EXPECT_FALSE(doc->signer_name.empty());
  EXPECT_TRUE(doc->place_date.starts_with("An Lạc, ngày")) << doc->place_date;
  EXPECT_NE(doc->subject.find("6 tháng đầu năm 2025"), std::string::npos);
  bool figures = false;
  for (const auto& b : doc->body) figures = figures || b.text == "II. SỐ LIỆU TỔNG HỢP";
  EXPECT_TRUE(figures);
  auto outsider = actor_of(*t_.app, "thcs.tanmy", kAdminPassword);
  EXPECT_EQ(t_.app->consolidations().build(outsider, "SGD-AL", "2025S1", false).error().code, ErrorCode::kForbidden);
  EXPECT_EQ(t_.app->consolidations().build(outsider, "THCS-TANMY", "2025X", false).error().code,
            ErrorCode::kBadRequest);
}

}  // namespace
}  // namespace bd::test
