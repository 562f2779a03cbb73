#include "deliverypolicy.h"

#include <algorithm>
#include <cmath>

qint64 DeliveryPolicy::backoffMs(int attemptsSoFar, double jitter) const
{
    const double exponent = std::min(attemptsSoFar - 1, 30);
    const double raw = double(baseDelayMs) * std::pow(2.0, std::max(0.0, exponent));
    return qint64(std::min(raw, double(maxDelayMs)) * std::clamp(jitter, 0.5, 1.5));
}
