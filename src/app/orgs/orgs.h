// Use cases for org units: browse, create, edit, move, close.
// Each checks access (access.h), validates, writes in one transaction with
// its audit record. Thread-safe (state lives in the Store).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "app/config.h"
#include "app/context.h"
#include "app/orgs/reform.h"
#include "app/views.h"
#include "storage/store.h"

namespace bd::app {

struct OrgInput {
  std::string code, name, short_name, type, parent;
  std::string governor;  // optional code of the governing body
  std::string opened;    // optional date
};

// Only the fields present change. `parent` moves the unit (its subtree follows).
struct OrgPatch {
  std::optional<std::string> name, short_name, type, parent, governor, opened;
  // The day a change of parent or governing body takes effect (ISO or
  // dd/mm/yyyy; empty: today). Not after today, nor before the unit came to
  // its current parent or governing body.
  std::optional<std::string> effective;
};

struct OrgQuery {
  std::string q;               // accent-insensitive search in code, name, short name
  bool include_closed = false;
  std::string root;            // code of the subtree to list; "" = the actor's unit
};

class Orgs {
 public:
  // `on_tree_changed` runs after every committed change of the tree.
  Orgs(storage::Store& store, const Clock& clock, std::function<void()> on_tree_changed = {})
      : store_(store), clock_(clock), on_tree_changed_(std::move(on_tree_changed)) {}

  // The subtree in tree order (children sorted by name, `vi` collation).
  // With a query, matching units plus nothing else, in the same order.
  Result<std::vector<OrgInfo>> list(const Actor& a, const OrgQuery& q);
  Result<OrgDetail> get(const Actor& a, const std::string& code);
  // One branch of the tree, for browsing it a level at a time: the unit (the
  // actor's own when `code` is empty), its ancestors in scope and its children.
  Result<OrgDetail> branch(const Actor& a, const std::string& code);
  Result<OrgInfo> create(const Actor& a, const OrgInput& in);
  Result<OrgInfo> update(const Actor& a, const std::string& code, const OrgPatch& patch);
  // Closes a unit on `date` (today when empty). Refused while it has open children.
  Result<OrgInfo> close(const Actor& a, const std::string& code, const std::string& date);

  // A restructuring (reform.h): what it would do, and doing it. Every unit
  // must be one the actor manages, open, and not inside another unit moved.
  Result<ReformPlan> preview_reform(const Actor& a, const ReformInput& in);
  Result<ReformPlan> apply_reform(const Actor& a, const ReformInput& in);
  // Undoes the latest restructuring into `parent` (its code), within
  // kReformUndoSeconds and while none of its units has moved since: each unit
  // goes back to its former parent and governing body on the same effective
  // day, the units it closed reopen; audited as "restructure_undo".
  Result<ReformUndo> undo_reform(const Actor& a, const std::string& parent);

  // Creates the root unit (init). Fails if a root exists.
  Result<OrgInfo> create_root(const OrgInput& in);

 private:
  Result<ReformPlan> reform(const Actor& a, const ReformInput& in, bool apply);
  void tree_changed() const {
    if (on_tree_changed_) on_tree_changed_();
  }

  storage::Store& store_;
  const Clock& clock_;
  std::function<void()> on_tree_changed_;
};

// Shared by use cases: builds the OrgInfo of a stored unit.
// The day a move of `unit` takes effect: `in` (empty: today), neither after
// today nor before the unit's previous move; its first place (where it was
// registered) may be left on any earlier day.
Result<std::string> effective_day(storage::Tx& tx, int64_t unit, const std::string& in, const std::string& today);
// The steps of a change on `day`, shared by moves, restructurings and their
// undoing; the caller stores `u` (update_org) and audits. move_unit puts `u`
// (its subtree follows) under `parent`; change_governor gives it `governor`
// (none: its parent governs it), both with their history.
void move_unit(storage::Tx& tx, OrgUnit& u, const OrgUnit& parent, const std::string& day);
void change_governor(storage::Tx& tx, OrgUnit& u, std::optional<int64_t> governor, const std::string& day);
OrgInfo org_info(storage::Tx& tx, const OrgUnit& u, int depth = 0);

}  // namespace bd::app
