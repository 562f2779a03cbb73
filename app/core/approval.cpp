#include "approval.h"

#include <array>
#include <utility>

namespace {

// The spellings are part of the public contract: JSON API, database and exports.
constexpr std::array<std::pair<ApprovalState, const char *>, 5> approvalStateNames{{
        {ApprovalState::Pending, "pending"},
        {ApprovalState::Approved, "approved"},
        {ApprovalState::Rejected, "rejected"},
        {ApprovalState::Expired, "expired"},
        {ApprovalState::Cancelled, "cancelled"},
}};

constexpr std::array<std::pair<DeliveryState, const char *>, 5> deliveryStateNames{{
        {DeliveryState::None, "none"},
        {DeliveryState::Queued, "queued"},
        {DeliveryState::Delivering, "delivering"},
        {DeliveryState::Delivered, "delivered"},
        {DeliveryState::Failed, "failed"},
}};

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &names, Enum value)
{
    for (const auto &[candidate, name] : names) {
        if (candidate == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename Enum, std::size_t N>
Enum valueOf(const std::array<std::pair<Enum, const char *>, N> &names, const QString &text,
             bool *ok)
{
    for (const auto &[value, name] : names) {
        if (text == QLatin1String(name)) {
            if (ok)
                *ok = true;
            return value;
        }
    }
    if (ok)
        *ok = false;
    return names.front().first;
}

} // namespace

QString stateName(ApprovalState state)
{
    return nameOf(approvalStateNames, state);
}

QString stateName(DeliveryState state)
{
    return nameOf(deliveryStateNames, state);
}

ApprovalState approvalStateFromString(const QString &text, bool *ok)
{
    return valueOf(approvalStateNames, text, ok);
}

DeliveryState deliveryStateFromString(const QString &text, bool *ok)
{
    return valueOf(deliveryStateNames, text, ok);
}
