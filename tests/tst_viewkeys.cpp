#include <QTest>
class tst_ViewKeys : public QObject
{
    Q_OBJECT
};
QTEST_MAIN(tst_ViewKeys)
#include "tst_viewkeys.moc"
