// `activation-explorer --depth-experiment` end to end: the CSV contract, the same numbers for
// the same seed, resuming a sweep from its file, and refusals of bad options (exit 2, a message
// naming the option, no file left behind).
#include "apprunner.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

namespace {

// Small enough to run in a second: two functions, two depths, two seeds, two epochs.
const QStringList smallSweep{"--depth-experiment",
                             "--functions",
                             "relu,mish",
                             "--depths",
                             "1,4",
                             "--seeds",
                             "2",
                             "--epochs",
                             "2"};

// The rows without their last column (seconds: wall time, never reproducible).
QStringList withoutSeconds(const QByteArray& csv) {
    QStringList rows;
    for (const QByteArray& line : csv.split('\n'))
        if (!line.isEmpty()) rows << QString::fromUtf8(line.left(line.lastIndexOf(',')));
    return rows;
}

} // namespace

class TestCliDepth : public QObject {
    Q_OBJECT
  private slots:
    void csvContract();
    void sameSeedSameNumbers();
    void resumeTrainsOnlyTheMissingRuns();
    void exportsTheFigure_data();
    void exportsTheFigure();
    void unwritableFigure();
    void badOptions_data();
    void badOptions();
};

void TestCliDepth::csvContract() {
    QTemporaryDir dir;
    const Run r = runApp(dir.path(), smallSweep);
    QVERIFY2(r.finished && r.code == 0, qPrintable(describe(smallSweep, r)));
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.first(),
             QByteArray("function,depth,seed,train_accuracy,test_accuracy,final_loss,seconds"));
    QCOMPARE(lines.size(), 1 + 2 * 2 * 2);
    QSet<QString> keys;
    for (const QByteArray& line : lines.mid(1)) {
        const QList<QByteArray> f = line.split(',');
        QCOMPARE(f.size(), 7);
        QVERIFY(f[0] == "relu" || f[0] == "mish");
        QVERIFY(f[1] == "1" || f[1] == "4");
        QVERIFY(f[2] == "1" || f[2] == "2"); // seeds from --seed (default 1) on
        for (int i = 3; i <= 4; ++i) {
            bool ok = false;
            const double acc = f[i].toDouble(&ok);
            QVERIFY(ok && acc >= 0.0 && acc <= 1.0);
        }
        keys << QString::fromUtf8(f[0] + f[1] + f[2]);
    }
    QCOMPARE(keys.size(), 8);
    QVERIFY(r.err.contains("depth experiment: 8/8 runs, 100 %")); // the progress line
    // Depth 1 learns the digits in two epochs, whatever the function and seed.
    for (const QByteArray& line : lines.mid(1))
        if (line.split(',')[1] == "1") QVERIFY2(line.split(',')[4].toDouble() > 0.7, line);
}

void TestCliDepth::sameSeedSameNumbers() {
    QTemporaryDir dir;
    const Run a = runApp(dir.path(), smallSweep + QStringList{"--seed", "7", "--threads", "1"});
    const Run b = runApp(dir.path(), smallSweep + QStringList{"--seed", "7", "--threads", "2"});
    const Run other = runApp(dir.path(), smallSweep + QStringList{"--seed", "8"});
    QVERIFY(a.code == 0 && b.code == 0 && other.code == 0);
    QCOMPARE(withoutSeconds(a.out), withoutSeconds(b.out)); // threads do not change a run
    QVERIFY(withoutSeconds(a.out) != withoutSeconds(other.out));
}

void TestCliDepth::resumeTrainsOnlyTheMissingRuns() {
    QTemporaryDir dir;
    const QString file = dir.filePath("sweep.csv");
    const QStringList args = smallSweep + QStringList{"--csv", file};
    const Run whole = runApp(dir.path(), args);
    QVERIFY2(whole.code == 0, qPrintable(describe(args, whole)));
    QVERIFY(whole.out.isEmpty()); // the rows went to the file
    const QByteArray full = readAll(file);
    QList<QByteArray> lines = full.trimmed().split('\n');
    QCOMPARE(lines.size(), 9);
    // As if the sweep had been stopped after five runs; the kept rows get a marker in their
    // seconds column, so that a re-run of them would show.
    QByteArray partial = lines[0] + '\n';
    for (int i = 1; i <= 5; ++i)
        partial += lines[i].left(lines[i].lastIndexOf(',')) + ",999.000\n";
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(partial);
    }
    const Run resumed = runApp(dir.path(), args + QStringList{"--resume"});
    QVERIFY2(resumed.code == 0, qPrintable(describe(args, resumed)));
    const QByteArray after = readAll(file);
    QCOMPARE(withoutSeconds(after), withoutSeconds(full));
    QCOMPARE(after.count(",999.000\n"), 5);
    // A file that is not the experiment's CSV is refused, and left as it was.
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("x,y\n1,2\n");
    }
    const Run refused = runApp(dir.path(), args + QStringList{"--resume"});
    QCOMPARE(refused.code, 1);
    QVERIFY(refused.err.contains("line 1"));
    QCOMPARE(readAll(file), QByteArray("x,y\n1,2\n"));
}

void TestCliDepth::exportsTheFigure_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("png") << "acc.png" << QByteArray("\x89PNG");
    QTest::newRow("jpeg") << "acc.jpg" << QByteArray("\xff\xd8\xff");
    QTest::newRow("svg") << "acc.svg" << QByteArray("<?xml");
    QTest::newRow("pdf") << "acc.pdf" << QByteArray("%PDF");
}

// --export with --depth-experiment writes the figure of accuracy against depth after the runs
// (the rows still go where --csv says), in the size asked for, titled and with every function.
void TestCliDepth::exportsTheFigure() {
    QFETCH(QString, name);
    QFETCH(QByteArray, magic);
    QTemporaryDir dir;
    const QString file = dir.filePath(name);
    const QStringList args = smallSweep + QStringList{"--export", file, "--size", "640x400"};
    const Run r = runApp(dir.path(), args);
    QVERIFY2(r.finished && r.code == 0, qPrintable(describe(args, r)));
    QCOMPARE(r.out.count('\n'), 1 + 8); // the CSV on standard output as before
    const QByteArray bytes = readAll(file);
    QVERIFY2(bytes.startsWith(magic), qPrintable(name));
    if (name.endsWith(QLatin1String(".svg"))) {
        QVERIFY(bytes.contains("<title>Test accuracy against depth</title>"));
        QVERIFY(bytes.contains("ReLU") && bytes.contains("Mish"));
        QVERIFY(bytes.contains("2 seeds")); // the setup's summary line
    }
    if (name.endsWith(QLatin1String(".png"))) {
        const QImage image(file);
        QCOMPARE(image.size(), QSize(640, 400));
        QSet<QRgb> colours; // curves, bands and text, not a blank page
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 40, qPrintable(QString::number(colours.size())));
    }
}

void TestCliDepth::unwritableFigure() {
    QTemporaryDir dir;
    const QString file = dir.filePath("no/such/folder/acc.png");
    const QStringList args = smallSweep + QStringList{"--export", file};
    const Run r = runApp(dir.path(), args);
    QVERIFY2(r.finished && r.code == 1, qPrintable(describe(args, r)));
    QVERIFY2(r.err.contains("cannot export"), r.err.constData());
    QVERIFY(!QFileInfo::exists(file));
}

void TestCliDepth::badOptions_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QStringList d{"--depth-experiment"};
    QTest::newRow("depths downwards") << d + QStringList{"--depths", "9:3"} << "--depths \"9:3\"";
    QTest::newRow("depths words") << d + QStringList{"--depths", "deep"} << "--depths \"deep\"";
    QTest::newRow("too deep") << d + QStringList{"--depths", "1:900"} << "at most 200";
    QTest::newRow("width zero") << d + QStringList{"--width", "0"} << "--width \"0\"";
    QTest::newRow("seeds text") << d + QStringList{"--seeds", "three"} << "--seeds \"three\"";
    QTest::newRow("lr negative") << d + QStringList{"--lr", "-1"} << "--lr \"-1\"";
    QTest::newRow("lr nan") << d + QStringList{"--lr", "nan"} << "--lr \"nan\"";
    QTest::newRow("dropout one") << d + QStringList{"--dropout", "1"} << "--dropout \"1\"";
    QTest::newRow("optimizer") << d + QStringList{"--optimizer", "rmsprop"} << "sgd or adam";
    QTest::newRow("init") << d + QStringList{"--init", "zeros"} << "glorot, he or lecun";
    QTest::newRow("batchnorm") << d + QStringList{"--batchnorm", "maybe"} << "on or off";
    QTest::newRow("dataset") << d + QStringList{"--dataset", "imagenet"}
                             << "unknown dataset \"imagenet\"";
    QTest::newRow("preset") << d + QStringList{"--preset", "huge"} << "--preset \"huge\"";
    QTest::newRow("function") << d + QStringList{"--functions", "relu,nosuch"} << "nosuch";
    QTest::newRow("resume without file") << d + QStringList{"--resume"} << "--resume needs --csv";
    QTest::newRow("option without mode")
        << QStringList{"--width", "8"} << "--width goes with --depth-experiment";
    QTest::newRow("export extension")
        << d + QStringList{"--export", "a.txt"} << "--export: unknown extension of \"a.txt\"";
    QTest::newRow("export and script")
        << d + QStringList{"--export", "a.png", "--pytorch-script", "s.py"}
        << "--export and --pytorch-script exclude each other";
    QTest::newRow("with csv mode")
        << QStringList{"--export", "a.png", "--csv", "b.csv"} << "exclude each other";
    QTest::newRow("given twice") << d + QStringList{"--seeds", "2", "--seeds", "3"}
                                 << "--seeds is given 2 times";
}

void TestCliDepth::badOptions() {
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const Run r = runApp(dir.path(), args);
    QVERIFY2(r.finished && r.status == QProcess::NormalExit, qPrintable(describe(args, r)));
    QCOMPARE(r.code, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), qPrintable(describe(args, r)));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot), QStringList());
}

QTEST_GUILESS_MAIN(TestCliDepth)
#include "tst_cli_depth.moc"
