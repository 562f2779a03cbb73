// ReceiverSettings: the receiver/* limit keys of the settings file (documented in the
// README's Settings section), read over the built-in defaults.
#pragma once

#include "receiver/receiverlimits.h"

class QSettings;

namespace ReceiverSettings {
void readLimits(const QSettings &settings, ReceiverLimits *limits);
}
