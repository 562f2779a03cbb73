// LiveUpdatesLabel: the status bar's word on live updates in team mode. Hidden while
// changes of other instances arrive; "Live updates lost, reconnecting…" while they do
// not (the console then shows what it last heard); "Live updates back" for a moment once
// it has caught up.
#pragma once

#include <QLabel>
#include <QTimer>

class LiveUpdatesLabel : public QLabel
{
    Q_OBJECT
public:
    explicit LiveUpdatesLabel(QWidget *parent = nullptr);

public slots:
    void setLive(bool live);

private:
    QTimer m_hide;
};
