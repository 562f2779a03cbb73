// FieldLimits: how large each stored field of an approval may be. The body limit
// (1 MiB) alone let one webhook store a megabyte of description, which every list,
// view and gate pass then carried around; these caps keep a row small. A webhook over
// a cap is refused with 413 and a JSON body naming the field: nothing is stored.
#pragma once

#include "receiver/httpmessage.h"

#include <optional>

struct Approval;

namespace FieldLimits {
constexpr int titleChars = 1000;
constexpr int descriptionChars = 16 * 1024;
constexpr int shortFieldChars = 512; // externalId, pipeline, stage, environment, requestedBy, runId
constexpr int metadataBytes = 64 * 1024; // the metadata as compact JSON (bodies, payloads)

// The 413 to answer, or nothing when every field fits.
std::optional<HttpResponse> refuse(const Approval &approval);
} // namespace FieldLimits
