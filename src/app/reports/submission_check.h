// What a report lacks before it is submitted: forms with cells left empty
// (naming the elements), narrative sections with no text, and the elements a
// form requires (DataSet::required) that are still blank. Gaps are shown to
// the unit for confirmation; a blank required element blocks the submission.
// Forms count for a school only: the figures of an office, a commune or a
// department come mostly from the units below it (their own reports, on the
// completeness page), so their own blank cells are not a gap.
#pragma once

#include <string>
#include <vector>

#include "core/catalog.h"
#include "core/result.h"

namespace bd::app {

struct ReportView;

struct SubmissionGaps {
  struct Form {
    std::string code, name;
    int filled = 0, expected = 0;
    std::vector<std::string> blank;           // element names with an empty cell, in form order
    std::vector<std::string> required_blank;  // of them, those the form requires
  };
  std::vector<Form> forms;                  // forms with an empty cell, in report order
  std::vector<std::string> empty_sections;  // narrative field keys (narrative_fields()) with no text
  bool any() const { return !forms.empty() || !empty_sections.empty(); }
  bool blocked() const;
};

// The gaps of the report as stored (its saved narrative, its entered figures,
// for a school); `elements` names the data elements and gives their option
// counts.
SubmissionGaps submission_gaps(const ReportView& v, const std::vector<DataElement>& elements);

// The refusal of a submission with required elements blank, naming each form
// and element ("Biểu Nhân sự theo giới tính: chưa nhập Cán bộ quản lý …").
Error required_blank_error(const SubmissionGaps& g);

}  // namespace bd::app
