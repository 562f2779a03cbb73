// DeciderIdentity: who decides in this console (issue 13 item 5). On the single seat
// (SQLite) the OS user the process runs as; in team mode (PostgreSQL) the role the
// database authenticated the connection as (session_user: SCRAM password, client
// certificate, whatever pg_hba.conf allows), with the roles it is a member of for the
// approver groups. Never a name the user types. The window, the tray and the personal
// API tokens it creates all use this one.
#pragma once

#include "gates/decisionrules.h"

class Store;

namespace DeciderIdentity {

// USER, else LOGNAME, else USERNAME; "operator" when none is set.
QString osUser();
Decider resolve(const Store &store);

} // namespace DeciderIdentity
