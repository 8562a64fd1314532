// An official document (plan, report) as a page model, so the preview reads
// like the printed document: header table, number and place-date, title,
// body blocks, recipients beside the signature.
#pragma once

#include <nlohmann/json.hpp>

#include "documents/official_document.h"

namespace bd::http::pages {

// The model of web/templates/_official_document.mustache.
nlohmann::json document_model(const documents::OfficialDocument& doc);

}  // namespace bd::http::pages
