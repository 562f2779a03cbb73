// SlackText: text from a sender (a title, a description) made safe inside a Slack
// message, so that "<!channel>" or "<https://evil.example|Approve>" in it shows as
// typed instead of pinging everyone or becoming a link. Shared by the FlexDeploy
// connector's chat message and the policies' chat channels.
#pragma once

#include <QString>

namespace SlackText {

// https://api.slack.com/reference/surfaces/formatting#escaping: only these three.
inline QString escaped(QString text)
{
    text.replace(QLatin1Char('&'), QLatin1String("&amp;"));
    text.replace(QLatin1Char('<'), QLatin1String("&lt;"));
    text.replace(QLatin1Char('>'), QLatin1String("&gt;"));
    return text;
}

} // namespace SlackText
