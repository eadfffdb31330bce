// Scene files: exact round trips, and every rejection leaving the Scene untouched. Also the
// atomic writer under real failures (missing folder, directory target, short write).
#include "model/atomicfile.h"
#include "model/figureoptions.h"
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
    void figureOptionsValidate_data();
    void figureOptionsValidate();
    void figureFieldsFromJson_data();
    void figureFieldsFromJson();
    void themeAndSizeRoundTripThroughFiles();
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
    FigureOptions figure;
    figure.theme = "print";
    figure.size = QSize(1920, 1080);
    const QByteArray json = sceneToJson({a.state(), figure}, a.registry());

    Scene b;
    QString error;
    const auto content = sceneFromJson(json, b, &error);
    QVERIFY2(content, qPrintable(error));
    QVERIFY(b.setState(content->scene));
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
    QCOMPARE(content->figure.theme, QString("print"));
    QCOMPARE(content->figure.size, QSize(1920, 1080));
    QCOMPARE(sceneToJson({b.state(), content->figure}, b.registry()), json);
}

void TestSceneFile::absentFieldsKeepDefaults() {
    Scene s;
    QString error;
    const auto content = sceneFromJson("{" + header + R"(, "epsilon": 0.05})", s, &error);
    QVERIFY2(content, qPrintable(error));
    QCOMPARE(content->scene.epsilon, 0.05);
    QCOMPARE(content->scene.xMin, -8.0);
    QCOMPARE(content->scene.parameters.at("swish")[0], 1.0);
    QCOMPARE(content->figure.theme, QString("light"));
    QCOMPARE(content->figure.size, QSize(1200, 800));
}

void TestSceneFile::figureOptionsValidate_data() {
    QTest::addColumn<QString>("theme");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("scale");
    QTest::addColumn<int>("samples");
    QTest::addColumn<QString>("problem"); // empty: valid
    const QSize s(1200, 800);
    QTest::newRow("defaults") << "light" << s << 1.0 << 0 << "";
    QTest::newRow("dark") << "dark" << s << 1.0 << 0 << "";
    QTest::newRow("print, smallest, largest scale") << "print" << QSize(1, 1) << 8.0 << 2 << "";
    QTest::newRow("largest size") << "light" << QSize(16384, 16384) << 1.0 << 0 << "";
    QTest::newRow("theme neon") << "neon" << s << 1.0 << 0
                                << R"(theme: "neon" is not one of light, dark, print)";
    QTest::newRow("theme empty") << "" << s << 1.0 << 0
                                 << R"(theme: "" is not one of light, dark, print)";
    QTest::newRow("theme in capitals")
        << "Dark" << s << 1.0 << 0 << R"(theme: "Dark" is not one of light, dark, print)";
    QTest::newRow("width zero") << "light" << QSize(0, 5) << 1.0 << 0
                                << "export: size 0×5 must be 1 … 16384 pixels on each side";
    QTest::newRow("height negative") << "light" << QSize(5, -1) << 1.0 << 0
                                     << "export: size 5×-1 must be 1 … 16384 pixels on each side";
    QTest::newRow("width too large")
        << "light" << QSize(16385, 10) << 1.0 << 0
        << "export: size 16385×10 must be 1 … 16384 pixels on each side";
    QTest::newRow("scale zero") << "light" << s << 0.0 << 0
                                << "scale: 0 must be greater than 0 and at most 8";
    QTest::newRow("scale too large")
        << "light" << s << 8.5 << 0 << "scale: 8.5 must be greater than 0 and at most 8";
    QTest::newRow("scale nan") << "light" << s << std::nan("") << 0
                               << "scale: NaN must be greater than 0 and at most 8";
    QTest::newRow("samples negative")
        << "light" << s << 1.0 << -3 << "samples: -3 must not be negative";
    // The first problem is the one named.
    QTest::newRow("theme before size") << "neon" << QSize(0, 0) << 0.0 << -1
                                       << R"(theme: "neon" is not one of light, dark, print)";
}

void TestSceneFile::figureOptionsValidate() {
    QFETCH(QString, theme);
    QFETCH(QSize, size);
    QFETCH(double, scale);
    QFETCH(int, samples);
    QFETCH(QString, problem);
    FigureOptions o;
    o.theme = theme;
    o.size = size;
    o.scale = scale;
    o.samples = samples;
    QCOMPARE(validateFigureOptions(o), problem);
}

void TestSceneFile::figureFieldsFromJson_data() {
    QTest::addColumn<QByteArray>("fields");
    QTest::addColumn<QString>("theme");
    QTest::addColumn<QSize>("size");
    QTest::newRow("neither") << QByteArray() << "light" << QSize(1200, 800);
    QTest::newRow("theme only") << QByteArray(R"(, "theme": "dark")") << "dark" << QSize(1200, 800);
    QTest::newRow("width only") << QByteArray(R"(, "export": {"width": 500})") << "light"
                                << QSize(500, 800);
    QTest::newRow("height only") << QByteArray(R"(, "export": {"height": 90})") << "light"
                                 << QSize(1200, 90);
    QTest::newRow("both") << QByteArray(
                                 R"(, "theme": "print", "export": {"width": 7, "height": 9})")
                          << "print" << QSize(7, 9);
}

void TestSceneFile::figureFieldsFromJson() {
    QFETCH(QByteArray, fields);
    QFETCH(QString, theme);
    QFETCH(QSize, size);
    Scene s;
    QString error;
    const auto content = sceneFromJson("{" + header + fields + "}", s, &error);
    QVERIFY2(content, qPrintable(error));
    QCOMPARE(content->figure.theme, theme);
    QCOMPARE(content->figure.size, size);
    QCOMPARE(content->figure.scale, 1.0); // never in a file
    QVERIFY(content->figure.title.isEmpty());
}

// The same JSON as before the figure options left the Scene: "theme" and "export" at the top.
void TestSceneFile::themeAndSizeRoundTripThroughFiles() {
    QTemporaryDir dir;
    const QString path = dir.filePath("scene.json");
    Scene a;
    a.setParameter("swish", "beta", 2.5);
    FigureOptions written;
    written.theme = "dark";
    written.size = QSize(640, 480);
    written.scale = 3;           // per export: not saved
    written.title = "Not saved"; // nor this
    QString error;
    QVERIFY2(saveSceneFile(path, a, written, &error), qPrintable(error));
    const QByteArray text = readAll(path);
    QVERIFY2(text.contains("  \"theme\": \"dark\",\n"
                           "  \"export\": {\n"
                           "    \"width\": 640,\n"
                           "    \"height\": 480\n"
                           "  }\n}"),
             text.constData());
    QVERIFY(!text.contains("scale") && !text.contains("Not saved"));

    Scene b;
    FigureOptions read;
    read.scale = 2;
    read.title = "kept";
    QVERIFY2(loadSceneFile(path, b, &read, &error), qPrintable(error));
    QCOMPARE(b.parameter("swish", "beta"), 2.5);
    QCOMPARE(read.theme, QString("dark"));
    QCOMPARE(read.size, QSize(640, 480));
    QCOMPARE(read.scale, 2.0); // what a file does not hold stays as it was
    QCOMPARE(read.title, QString("kept"));
    const auto content = readSceneFile(path, b, &error);
    QVERIFY2(content, qPrintable(error));
    QCOMPARE(sceneToJson(*content, b.registry()), text);
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
    FigureOptions figure;
    figure.theme = "dark";
    QVERIFY(!loadSceneFile(path, s, &figure, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QCOMPARE(anyChange.count(), 0);
    QCOMPARE(sceneToJson({s.state(), {}}, s.registry()), sceneToJson({before, {}}, s.registry()));
    QCOMPARE(figure.theme, QString("dark")); // untouched too
    QCOMPARE(figure.size, QSize(1200, 800));
}

void TestSceneFile::rejectsHugeFile() {
    QTemporaryDir dir;
    const QString path = dir.filePath("huge.json");
    QByteArray json = "{" + header + R"(, "theme": ")" + QByteArray(maxSceneFileBytes, 'x') + "\"}";
    QVERIFY(writeRaw(path, json));
    Scene s;
    QString error;
    QVERIFY(!loadSceneFile(path, s, nullptr, &error));
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
    QVERIFY(!loadSceneFile("/nonexistent/dir/scene.json", s, nullptr, &error));
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
