// Scene files: exact round trips, and every rejection leaving the Scene untouched. Also the
// atomic writer under real failures (missing folder, directory target, short write).
#include "model/atomicfile.h"
#include "model/scene.h"
#include "model/scenefile.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmath>
#include <csignal>

using namespace ae;

namespace {
QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
bool writeRaw(const QString& path, const QByteArray& data) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}
const QByteArray header = R"("format": "activation-explorer-scene", "version": 1)";
} // namespace

class TestSceneFile : public QObject {
    Q_OBJECT
  private slots:
    void roundTripIsExact();
    void absentFieldsKeepDefaults();
    void rejects_data();
    void rejects();
    void rejectsHugeFile();
    void rejectsDeepNesting();
    void missingFileIsNamed();
    void atomicWriteFailures_data();
    void atomicWriteFailures();
    void shortWriteLeavesOldFile();
    void unwritableDirectory();
};

void TestSceneFile::roundTripIsExact() {
    Scene a;
    a.setEnabled("tanh", false);
    a.setParameter("swish", "beta", 0.1 + 0.2); // 0.30000000000000004
    a.setParameter("leaky_relu", "a", 0.0);
    a.setRange(-1e6, 1e-300);
    a.setEpsilon(std::nextafter(0.01, 1.0));
    a.setFixedYRange(0, -0.0, 1e308);
    a.setFixedYRange(2, -5e-324, 5e-324);
    a.setDerivativePanels(false, true);
    a.setSelected("mish");
    a.setTheme("print");
    a.setExportSize(QSize(1920, 1080));
    const QByteArray json = sceneToJson(a.state(), a.registry());

    Scene b;
    QString error;
    const auto st = sceneFromJson(json, b, &error);
    QVERIFY2(st, qPrintable(error));
    QVERIFY(b.setState(*st));
    QCOMPARE(b.parameter("swish", "beta"), 0.1 + 0.2);
    QCOMPARE(b.parameter("leaky_relu", "a"), 0.0);
    QCOMPARE(b.xMin(), -1e6);
    QCOMPARE(b.xMax(), 1e-300);
    QCOMPARE(b.epsilon(), std::nextafter(0.01, 1.0));
    QVERIFY(b.fixedYRange(0));
    QVERIFY(std::signbit(b.fixedYRange(0)->first)); // -0.0 survives
    QCOMPARE(b.fixedYRange(0)->second, 1e308);
    QCOMPARE(b.fixedYRange(2)->first, -5e-324);
    QVERIFY(!b.fixedYRange(1));
    QCOMPARE(b.enabledIds(), a.enabledIds());
    QVERIFY(!b.showFirstDerivative() && b.showSecondDerivative());
    QCOMPARE(b.selected(), QString("mish"));
    QCOMPARE(b.theme(), QString("print"));
    QCOMPARE(b.exportSize(), QSize(1920, 1080));
    QCOMPARE(sceneToJson(b.state(), b.registry()), json);
}

void TestSceneFile::absentFieldsKeepDefaults() {
    Scene s;
    QString error;
    const auto st = sceneFromJson("{" + header + R"(, "epsilon": 0.05})", s, &error);
    QVERIFY2(st, qPrintable(error));
    QCOMPARE(st->epsilon, 0.05);
    QCOMPARE(st->xMin, -8.0);
    QCOMPARE(st->parameters.at("swish")[0], 1.0);
}

void TestSceneFile::rejects_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not json") << QByteArray("{\"format\": ") << "JSON";
    QTest::newRow("array document") << QByteArray("[1, 2]") << "document";
    QTest::newRow("wrong format") << QByteArray(R"({"format": "other", "version": 1})") << "format";
    QTest::newRow("no format") << QByteArray(R"({"version": 1})") << "format";
    QTest::newRow("version 2") << QByteArray(
                                      R"({"format": "activation-explorer-scene", "version": 2})")
                               << "version";
    QTest::newRow("version as string")
        << "{" + header.left(header.indexOf(',')) + R"(, "version": "1"})"
        << "version";
    QTest::newRow("unknown top-level field") << "{" + header + R"(, "colour": 1})"
                                             << "colour";
    QTest::newRow("unknown function") << "{" + header + R"(, "functions": ["softmax"]})"
                                      << "softmax";
    QTest::newRow("function id not string") << "{" + header + R"(, "functions": [3]})"
                                            << "functions[0]";
    QTest::newRow("unknown parameter")
        << "{" + header + R"(, "parameters": {"swish": {"gamma": 1}}})"
        << "gamma";
    QTest::newRow("parameter of unknown function")
        << "{" + header + R"(, "parameters": {"elephant": {}}})"
        << "elephant";
    QTest::newRow("parameter not a number")
        << "{" + header + R"(, "parameters": {"swish": {"beta": "1"}}})"
        << "parameters.swish.beta";
    QTest::newRow("parameter out of range")
        << "{" + header + R"(, "parameters": {"swish": {"beta": 10.5}}})"
        << "parameters.swish.beta";
    QTest::newRow("parameter negative")
        << "{" + header + R"(, "parameters": {"leaky_relu": {"a": -0.5}}})"
        << "parameters.leaky_relu.a";
    QTest::newRow("x range reversed") << "{" + header + R"(, "xRange": [3, 1]})"
                                      << "xRange";
    QTest::newRow("x range one number") << "{" + header + R"(, "xRange": [3]})"
                                        << "xRange";
    QTest::newRow("x range huge") << "{" + header + R"(, "xRange": [-1e300, 1]})"
                                  << "xRange";
    QTest::newRow("x range null") << "{" + header + R"(, "xRange": [null, 1]})"
                                  << "xRange[0]";
    // Named as the file names it (was "yRanges[0]").
    QTest::newRow("y range empty") << "{" + header + R"(, "yRanges": {"f": [1, 1]}})"
                                   << "yRanges.f: 1 … 1";
    QTest::newRow("rrelu order, shortest numbers")
        << "{" + header + R"(, "parameters": {"rrelu": {"lower": 0.9, "upper": 0.2}}})"
        << "must not exceed upper (0.2)";
    QTest::newRow("epsilon zero") << "{" + header + R"(, "epsilon": 0})"
                                  << "epsilon";
    QTest::newRow("epsilon text") << "{" + header + R"(, "epsilon": "small"})"
                                  << "epsilon";
    QTest::newRow("y range reversed") << "{" + header + R"(, "yRanges": {"df": [1, 0]}})"
                                      << "yRanges";
    QTest::newRow("panels not bool") << "{" + header + R"(, "panels": {"firstDerivative": 1}})"
                                     << "panels.firstDerivative";
    QTest::newRow("selected unknown") << "{" + header + R"(, "selected": "nope"})"
                                      << "selected";
    QTest::newRow("theme unknown") << "{" + header + R"(, "theme": "neon"})"
                                   << "theme";
    QTest::newRow("export size zero") << "{" + header + R"(, "export": {"width": 0, "height": 10}})"
                                      << "export";
    QTest::newRow("export size fractional")
        << "{" + header + R"(, "export": {"width": 10.5, "height": 10}})"
        << "export";
    QTest::newRow("export size huge")
        << "{" + header + R"(, "export": {"width": 20000, "height": 10}})"
        << "export";
}

void TestSceneFile::rejects() {
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    const QString path = dir.filePath("bad.json");
    QVERIFY(writeRaw(path, json));
    Scene s;
    s.setParameter("swish", "beta", 4.0);
    const SceneState before = s.state();
    QSignalSpy anyChange(&s, &Scene::parameterChanged);
    QString error;
    QVERIFY(!loadSceneFile(path, s, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QCOMPARE(anyChange.count(), 0);
    QCOMPARE(sceneToJson(s.state(), s.registry()), sceneToJson(before, s.registry()));
}

void TestSceneFile::rejectsHugeFile() {
    QTemporaryDir dir;
    const QString path = dir.filePath("huge.json");
    QByteArray json = "{" + header + R"(, "theme": ")" + QByteArray(maxSceneFileBytes, 'x') + "\"}";
    QVERIFY(writeRaw(path, json));
    Scene s;
    QString error;
    QVERIFY(!loadSceneFile(path, s, &error));
    QVERIFY2(error.contains("1 MiB"), qPrintable(error));
}

void TestSceneFile::rejectsDeepNesting() {
    Scene s;
    QString error;
    const QByteArray deep =
        "{" + header + R"(, "parameters": )" + QByteArray(5000, '[') + QByteArray(5000, ']') + "}";
    QVERIFY(!sceneFromJson(deep, s, &error));
    QVERIFY(!error.isEmpty());
    const QByteArray shallowButWrong = "{" + header + R"(, "epsilon": [[[[0.1]]]]})";
    QVERIFY(!sceneFromJson(shallowButWrong, s, &error));
    QVERIFY(error.contains("epsilon"));
}

void TestSceneFile::missingFileIsNamed() {
    Scene s;
    QString error;
    QVERIFY(!loadSceneFile("/nonexistent/dir/scene.json", s, &error));
    QVERIFY(error.contains("/nonexistent/dir/scene.json"));
}

void TestSceneFile::atomicWriteFailures_data() {
    QTest::addColumn<QString>("relative");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("missing folder") << "no/such/folder/f.json"
                                    << "does not exist";
    QTest::newRow("target is a directory") << "adir"
                                           << "directory";
}

void TestSceneFile::atomicWriteFailures() {
    QFETCH(QString, relative);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir("adir"));
    QString error;
    QVERIFY(!writeFileAtomically(dir.filePath(relative), "data", &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QVERIFY(QFileInfo(dir.filePath("adir")).isDir());
    // A device is refused too, rather than having a temporary file renamed over it.
    QVERIFY(!writeFileAtomically("/dev/null", "data", &error));
    QVERIFY(error.contains("not a regular file"));
    QVERIFY(QFileInfo("/dev/null").exists() && !QFileInfo("/dev/null").isFile());
}

void TestSceneFile::shortWriteLeavesOldFile() {
    // A real short write: a child process under RLIMIT_FSIZE writes more than the limit allows.
    QTemporaryDir dir;
    const QString path = dir.filePath("scene.json");
    const QByteArray old = "old contents that must survive\n";
    QVERIFY(writeRaw(path, old));
    const pid_t pid = fork();
    QVERIFY(pid >= 0);
    if (pid == 0) {
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{4096, 4096};
        setrlimit(RLIMIT_FSIZE, &limit);
        QString error;
        const bool ok = writeFileAtomically(path, QByteArray(1 << 20, 'x'), &error);
        _exit(ok ? 0 : (error.contains(path) ? 3 : 4));
    }
    int status = 0;
    QCOMPARE(waitpid(pid, &status, 0), pid);
    QVERIFY(WIFEXITED(status));
    QCOMPARE(WEXITSTATUS(status), 3); // failed, and the message named the file
    QCOMPARE(readAll(path), old);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"scene.json"});
}

void TestSceneFile::unwritableDirectory() {
    if (geteuid() == 0) {
        // Root ignores directory permissions; check as an unprivileged user in a child instead.
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                                      QFileDevice::ReadOther |
                                                      QFileDevice::ExeOther));
        const QString path = dir.filePath("f.json");
        const pid_t pid = fork();
        QVERIFY(pid >= 0);
        if (pid == 0) {
            if (setgid(65534) != 0 || setuid(65534) != 0) _exit(5); // nobody
            QString error;
            _exit(writeFileAtomically(path, "data", &error) ? 0 : 3);
        }
        int status = 0;
        QCOMPARE(waitpid(pid, &status, 0), pid);
        QVERIFY(WIFEXITED(status));
        if (WEXITSTATUS(status) == 5) QSKIP("cannot drop privileges to nobody here");
        QCOMPARE(WEXITSTATUS(status), 3);
        QVERIFY(!QFile::exists(path));
        return;
    }
    QTemporaryDir dir;
    QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    QString error;
    QVERIFY(!writeFileAtomically(dir.filePath("f.json"), "data", &error));
    QVERIFY(!QFile::exists(dir.filePath("f.json")));
    QFile::setPermissions(dir.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

QTEST_GUILESS_MAIN(TestSceneFile)
#include "tst_scenefile.moc"
