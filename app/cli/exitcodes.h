// ExitCode: what the command-line client's exit status means, so that a script can
// tell "already decided" from "wrong token" from "server down" (README, "Decide from a
// terminal"). Part of the public contract: do not renumber.
#pragma once

namespace ExitCode {
constexpr int Ok = 0;
constexpr int Refused = 1; // the server said no: already decided, comment required, bad value
constexpr int Usage = 2; // the command line is wrong (unknown option, missing argument)
constexpr int NotFound = 3; // no such approval
constexpr int Auth = 4; // no token, or the server refused it
constexpr int Unreachable = 5; // no answer, a broken answer, or the server could not store
} // namespace ExitCode
