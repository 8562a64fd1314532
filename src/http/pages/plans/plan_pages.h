// What the plan pages share: the preview (also shown after a refused issue)
// and the editor's routes (plan_editor.cpp).
#pragma once

#include <cstdint>

#include "core/result.h"
#include "http/router.h"

namespace bd::http {

void add_plan_editor_pages(Router& r);  // pages/plans/plan_editor.cpp

namespace pages {
// The preview of plan `id`; with `error`, shown above it with its status.
Response plan_preview(Ctx& c, int64_t id, const Error* error);
}  // namespace pages

}  // namespace bd::http
