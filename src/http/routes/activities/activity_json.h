// Activities and evidence files as JSON, and an evidence file as a download;
// shared by the API and the pages.
#pragma once

#include <nlohmann/json.hpp>

#include "app/activities/activities.h"
#include "app/activities/evidence.h"
#include "http/request.h"

namespace bd::http {

nlohmann::json activity_json(const app::ActivityView& v);
nlohmann::json evidence_json(const EvidenceRecord& e);
// The file as an attachment with its detected content type (the pipeline adds `nosniff`) and the
// sanitised name (ASCII fallback plus RFC 5987 UTF-8 form).
Response evidence_download(const app::EvidenceFile& f);

}  // namespace bd::http
