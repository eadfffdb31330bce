// The command line, end to end: runs the real activation-explorer executable (AE_EXECUTABLE)
// through QProcess with no display and no QT_QPA_PLATFORM, in a fresh temporary directory, and
// checks what it writes (figures, CSV, the function list), its exit codes (0 success, 1 cannot
// write, 2 usage error) and that a refused or failed run never leaves a file behind.
#include "apprunner.h"
#include "cli/commandline.h"
#include "core/activation.h"
#include "core/csv.h"
#include "model/settingskeys.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <sys/resource.h>

#include <algorithm>
#include <clocale>
#include <cmath>
#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

using namespace ae;

namespace {

const QStringList articleSix{"sigmoid", "tanh", "relu", "leaky_relu", "swish", "mish"};

bool writeAll(const QString& path, const QByteArray& data) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

QStringList dirEntries(const QString& dir) {
    return QDir(dir).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

// printf's "%.17g" in the C locale (initTestCase pins LC_NUMERIC), the CSV contract's format.
QString printf17g(double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return QString::fromLatin1(buf);
}

QString fmt(double v) {
    return QString::fromStdString(ae::formatNumber(v));
}

// Parameters of every catalogue function: defaults, then "id.name=value" overrides in order.
std::map<QString, std::vector<double>> parameterSet(const QStringList& overrides) {
    std::map<QString, std::vector<double>> params;
    for (const ae::Activation& a : ae::catalogue())
        params[QString::fromStdString(a.id)] = ae::defaultParams(a);
    for (const QString& o : overrides) {
        const int dot = o.indexOf(QLatin1Char('.')), eq = o.indexOf(QLatin1Char('='));
        const QString fn = o.left(dot), name = o.mid(dot + 1, eq - dot - 1);
        const ae::Activation* a = ae::findActivation(fn.toStdString());
        if (!a) continue;
        const int i = ae::paramIndex(*a, name.toStdString());
        double v = 0;
        if (i >= 0 && ae::parseNumber(o.mid(eq + 1).toStdString(), v))
            params[fn][std::size_t(i)] = v;
    }
    return params;
}

struct ImageStats {
    int distinctColours = 0;
    double nonBackground = 0; // fraction of pixels that differ from the corner
    int colourful = 0;        // pixels with clearly unequal channels (palette curves)
    int dark = 0;             // pixels darker than mid grey
};

ImageStats stats(const QImage& image) {
    ImageStats s;
    const QImage img = image.convertToFormat(QImage::Format_RGB32);
    const QRgb bg = img.pixel(0, 0);
    QSet<QRgb> colours;
    qint64 differ = 0;
    for (int y = 0; y < img.height(); ++y) {
        const QRgb* line = reinterpret_cast<const QRgb*>(img.constScanLine(y));
        for (int x = 0; x < img.width(); ++x) {
            const QRgb c = line[x];
            colours.insert(c);
            if (c != bg) ++differ;
            const int r = qRed(c), g = qGreen(c), b = qBlue(c);
            if (std::max({r, g, b}) - std::min({r, g, b}) >= 80) ++s.colourful;
            if (qGray(c) < 128) ++s.dark;
        }
    }
    s.distinctColours = int(colours.size());
    s.nonBackground = double(differ) / double(qint64(img.width()) * img.height());
    return s;
}

struct SvgContents {
    QString errorString; // empty: well-formed XML
    int shapes = 0;      // <path>, <polyline>, <polygon>, <line>
    QString text;        // every <text>'s characters, in document order, concatenated
    QStringList texts;   // each <text> separately
    QString title;
    QString viewBox;
};

SvgContents parseSvg(const QByteArray& data) {
    SvgContents c;
    QXmlStreamReader xml(data);
    bool inTitle = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const auto name = xml.name();
            if (name == QLatin1String("svg") && c.viewBox.isEmpty())
                c.viewBox = xml.attributes().value(QLatin1String("viewBox")).toString();
            if (name == QLatin1String("path") || name == QLatin1String("polyline") ||
                name == QLatin1String("polygon") || name == QLatin1String("line"))
                ++c.shapes;
            if (name == QLatin1String("title")) inTitle = true;
            if (name == QLatin1String("text")) {
                // Qt splits a label where the font changes (e.g. at "β"): join the pieces.
                const QString t = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                c.texts << t;
                c.text += t;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == QLatin1String("title")) inTitle = false;
        } else if (token == QXmlStreamReader::Characters && inTitle) {
            c.title += xml.text();
        }
    }
    if (xml.hasError())
        c.errorString = xml.errorString() + QStringLiteral(" at line %1").arg(xml.lineNumber());
    return c;
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase();
    void init();
    void cleanup();

    void propertiesText_data();
    void propertiesText();
    void propertiesJson();
    void propertiesJsonBands();
    void propertiesUsageErrors_data();
    void propertiesUsageErrors();
    void chineseLocaleSpeaksChinese();

    void helpAndVersion_data();
    void helpAndVersion();
    void listFunctions_data();
    void listFunctions();

    void exportRaster_data();
    void exportRaster();
    void themesChangeThePng();
    void exportSvg_data();
    void exportSvg();
    void exportPdf_data();
    void exportPdf();

    void csvValues_data();
    void csvValues();
    void csvFileEqualsStdout_data();
    void csvFileEqualsStdout();
    void csvIgnoresLocale_data();
    void csvIgnoresLocale();

    void usageErrors_data();
    void usageErrors();
    void longArgumentsAreShortened_data();
    void longArgumentsAreShortened();
    void writeFailures_data();
    void writeFailures();
    void shortWriteKeepsOldFile_data();
    void shortWriteKeepsOldFile();
    void csvToFullStandardOutput_data();
    void csvToFullStandardOutput();

    void sceneFile_data();
    void sceneFile();
    void invalidSceneFile_data();
    void invalidSceneFile();
    void badSessionStillOpensWindow();
    void bandEdgesPrintTrue_data();
    void bandEdgesPrintTrue();
    void sceneFileAsOnlyArgument();
    void sceneFileFigureOptions_data();
    void sceneFileFigureOptions();

  private:
    QString path(const QString& name) const { return m_dir->filePath(name); }
    // Runs in the current temporary directory and fails the test when the process hangs or
    // crashes; the result is left in m_run.
    bool run(const QStringList& args, const std::map<QString, QString>& extraEnv = {},
             const std::function<void()>& childModifier = {});
    void checkCsv(const QByteArray& csv, const QStringList& functions, int order,
                  const std::map<QString, std::vector<double>>& params, bool& ok);

    std::unique_ptr<QTemporaryDir> m_dir;
    Run m_run;
    QList<QStringList> m_rows; // from the last checkCsv
    QStringList m_lastArgs;
};

void TestCli::initTestCase() {
    std::setlocale(LC_NUMERIC, "C");
    QVERIFY2(QFileInfo(QStringLiteral(AE_EXECUTABLE)).isExecutable(), AE_EXECUTABLE);
}

void TestCli::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCli::cleanup() {
    if (QTest::currentTestFailed() && !m_lastArgs.isEmpty())
        qWarning("%s", qPrintable(describe(m_lastArgs, m_run)));
    m_lastArgs.clear();
    m_dir.reset();
}

bool TestCli::run(const QStringList& args, const std::map<QString, QString>& extraEnv,
                  const std::function<void()>& childModifier) {
    m_lastArgs = args;
    m_run = runApp(m_dir->path(), args, extraEnv, childModifier);
    return m_run.finished && m_run.status == QProcess::NormalExit;
}

#define RUN(...)                                                                                   \
    QVERIFY2(run(__VA_ARGS__), qPrintable(QStringLiteral("did not finish normally: ") +            \
                                          describe(m_lastArgs, m_run)))

// ---------------------------------------------------------------------------------------------

void TestCli::helpAndVersion_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("pattern");
    const QStringList helpNames{"--export", "--csv",     "--list-functions", "--functions",
                                "--param",  "--x-range", "--samples",        "--at",
                                "--size",   "--scale",   "--theme"};
    QTest::newRow("--help") << QStringList{"--help"} << helpNames << QString();
    QTest::newRow("-h") << QStringList{"-h"} << helpNames << QString();
    QTest::newRow("--help with other options")
        << QStringList{"--functions", "relu", "--help"} << helpNames << QString();
    QTest::newRow("--version") << QStringList{"--version"} << QStringList{"activation-explorer"}
                               << QStringLiteral(R"(\d+\.\d+\.\d+)");
    QTest::newRow("-v") << QStringList{"-v"} << QStringList{"activation-explorer"}
                        << QStringLiteral(R"(\d+\.\d+\.\d+)");
}

void TestCli::helpAndVersion() {
    QFETCH(QStringList, args);
    QFETCH(QStringList, expected);
    QFETCH(QString, pattern);
    RUN(args);
    QCOMPARE(m_run.code, 0);
    const QString out = QString::fromUtf8(m_run.out);
    QVERIFY(!out.trimmed().isEmpty());
    for (const QString& e : expected)
        QVERIFY2(out.contains(e), qPrintable(e));
    if (!pattern.isEmpty())
        QVERIFY2(QRegularExpression(pattern).match(out).hasMatch(), qPrintable(out));
    QCOMPARE(dirEntries(m_dir->path()), QStringList());
}

void TestCli::listFunctions_data() {
    QTest::addColumn<QString>("id");
    for (const ae::Activation& a : ae::catalogue())
        QTest::newRow(a.id.c_str()) << QString::fromStdString(a.id);
}

void TestCli::listFunctions() {
    QFETCH(QString, id);
    RUN({"--list-functions"});
    QCOMPARE(m_run.code, 0);
    const QStringList lines = QString::fromUtf8(m_run.out).split(QLatin1Char('\n'));
    // The function's own line starts with its id.
    bool found = false;
    for (const QString& l : lines)
        if (l == id || l.startsWith(id + QLatin1Char('\t')) || l.startsWith(id + QLatin1Char(' ')))
            found = true;
    QVERIFY2(found, qPrintable(id));
    // Each parameter: "id.name" with its default, minimum and maximum on its line.
    const ae::Activation* a = ae::findActivation(id.toStdString());
    QVERIFY(a);
    for (const ae::ParamSpec& p : a->params) {
        const QString key = id + QLatin1Char('.') + QString::fromStdString(p.id);
        QString line;
        const QRegularExpression keyRe(QStringLiteral("(^|\\s)") + QRegularExpression::escape(key) +
                                       QStringLiteral("(\\s|$)"));
        for (const QString& l : lines)
            if (keyRe.match(l).hasMatch()) line = l;
        QVERIFY2(!line.isEmpty(), qPrintable(key));
        for (double v : {p.defaultValue, p.min, p.max}) {
            const QString num = QString::fromStdString(ae::formatShortest(v));
            const QRegularExpression re(QStringLiteral("(^|[^\\d.])") +
                                        QRegularExpression::escape(num) +
                                        QStringLiteral("($|[^\\d.]|\\.(?!\\d))"));
            QVERIFY2(re.match(line.mid(key.size())).hasMatch(),
                     qPrintable(line + QStringLiteral(" lacks ") + num));
        }
    }
    if (id == QLatin1String("swish")) QVERIFY(m_run.out.contains("swish.beta"));
}

// ---------------------------------------------------------------------------------------------

void TestCli::exportRaster_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QSize>("pixels");
    QTest::addColumn<QString>("corner"); // "white", "dark" or "" (not checked)
    QTest::addColumn<bool>("colourCurves");
    QTest::newRow("png default theme")
        << "out.png" << QStringList{"--size", "480x320"} << QSize(480, 320) << "white" << true;
    QTest::newRow("png light") << "light.png"
                               << QStringList{"--size", "480x320", "--theme", "light"}
                               << QSize(480, 320) << "white" << true;
    QTest::newRow("png dark") << "dark.png" << QStringList{"--size", "480x320", "--theme", "dark"}
                              << QSize(480, 320) << "dark" << true;
    QTest::newRow("png print") << "print.png"
                               << QStringList{"--size", "480x320", "--theme", "print"}
                               << QSize(480, 320) << "white" << false;
    QTest::newRow("png scale 2") << "x2.png" << QStringList{"--size", "240x160", "--scale", "2"}
                                 << QSize(480, 320) << "white" << true;
    QTest::newRow("png scale 1.5")
        << "x15.png" << QStringList{"--size", "300x200", "--scale", "1.5"} << QSize(450, 300)
        << "white" << true;
    QTest::newRow("png odd size") << "odd.png" << QStringList{"--size", "333x211"}
                                  << QSize(333, 211) << "white" << true;
    QTest::newRow("png uppercase ext")
        << "UP.PNG" << QStringList{"--size", "400x260"} << QSize(400, 260) << "white" << true;
    QTest::newRow("png one function")
        << "one.png" << QStringList{"--size",  "400x260",        "--functions", "swish",
                                    "--param", "swish.beta=1.5", "--x-range",   "-6:6"}
        << QSize(400, 260) << "white" << true;
    QTest::newRow("png all derivatives")
        << "d2.png" << QStringList{"--size", "400x400", "--derivatives", "2"} << QSize(400, 400)
        << "white" << true;
    QTest::newRow("png equals-form options")
        << "eq.png" << QStringList{"--size=400x260", "--x-range=-6:6", "--theme=dark"}
        << QSize(400, 260) << "dark" << true;
    QTest::newRow("jpg") << "out.jpg" << QStringList{"--size", "400x260"} << QSize(400, 260)
                         << "white" << true;
    QTest::newRow("jpeg scale 2") << "out.jpeg" << QStringList{"--size", "200x130", "--scale", "2"}
                                  << QSize(400, 260) << "white" << true;
    QTest::newRow("jpeg dark") << "dark.jpeg" << QStringList{"--size", "400x260", "--theme", "dark"}
                               << QSize(400, 260) << "dark" << true;
}

void TestCli::exportRaster() {
    QFETCH(QString, file);
    QFETCH(QStringList, options);
    QFETCH(QSize, pixels);
    QFETCH(QString, corner);
    QFETCH(bool, colourCurves);
    RUN(QStringList{"--export", file} + options);
    QCOMPARE(m_run.code, 0);
    QVERIFY(QFileInfo::exists(path(file)));
    QCOMPARE(dirEntries(m_dir->path()), QStringList{file}); // no temporary files left
    const QByteArray data = readAll(path(file));
    const bool jpeg = !file.endsWith(QLatin1String("png"), Qt::CaseInsensitive);
    QVERIFY(data.startsWith(jpeg ? QByteArray("\xFF\xD8\xFF") : QByteArray("\x89PNG\r\n\x1a\n")));
    QImage image;
    QVERIFY(image.loadFromData(data, jpeg ? "JPEG" : "PNG"));
    QCOMPARE(image.size(), pixels);

    const ImageStats s = stats(image);
    QVERIFY2(s.distinctColours >= 16, qPrintable(QString::number(s.distinctColours)));
    QVERIFY2(s.nonBackground >= 0.03, qPrintable(QString::number(s.nonBackground)));
    if (colourCurves) {
        // The palette's curves: a few hundred clearly coloured pixels at the least.
        QVERIFY2(s.colourful >= pixels.width(), qPrintable(QString::number(s.colourful)));
    } else {
        QVERIFY2(s.dark >= pixels.width(), qPrintable(QString::number(s.dark)));
    }

    const QColor c = image.pixelColor(0, 0);
    const QColor c2 = image.pixelColor(image.width() - 1, image.height() - 1);
    const int tolerance = jpeg ? 6 : 0;
    if (corner == QLatin1String("white")) {
        for (const QColor& k : {c, c2}) {
            QVERIFY2(k.red() >= 255 - tolerance && k.green() >= 255 - tolerance &&
                         k.blue() >= 255 - tolerance,
                     qPrintable(k.name()));
        }
    } else if (corner == QLatin1String("dark")) {
        for (const QColor& k : {c, c2})
            QVERIFY2(k.lightness() < 70, qPrintable(k.name()));
    }
}

void TestCli::themesChangeThePng() {
    std::map<QString, QByteArray> images;
    for (const QString theme : {"light", "dark", "print"}) {
        const QString file = theme + QStringLiteral(".png");
        RUN({"--export", file, "--size", "320x200", "--theme", theme});
        QCOMPARE(m_run.code, 0);
        QImage image;
        QVERIFY(image.load(path(file)));
        images[theme] = QByteArray(
            reinterpret_cast<const char*>(image.convertToFormat(QImage::Format_RGB32).constBits()),
            image.convertToFormat(QImage::Format_RGB32).sizeInBytes());
    }
    QVERIFY(images["light"] != images["dark"]);
    QVERIFY(images["light"] != images["print"]);
    QVERIFY(images["dark"] != images["print"]);
}

void TestCli::exportSvg_data() {
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    QTest::addColumn<QString>("title");
    const QStringList legendDefault{"Sigmoid",       "tanh", "ReLU", "Leaky ReLU (a = 0.1)",
                                    "Swish (β = 1)", "Mish"};
    QTest::newRow("default legend") << QStringList{} << legendDefault << QStringList{} << QString();
    QTest::newRow("param in legend") << QStringList{"--param", "swish.beta=1.5"}
                                     << QStringList{"Swish (β = 1.5)", "Sigmoid", "Mish"}
                                     << QStringList{"Swish (β = 1)"} << QString();
    QTest::newRow("two params") << QStringList{"--param", "swish.beta=1.5", "--param",
                                               "leaky_relu.a=0.25"}
                                << QStringList{"Swish (β = 1.5)", "Leaky ReLU (a = 0.25)"}
                                << QStringList{} << QString();
    // tanh selected: Swish's limit curves (one labelled "ReLU") are drawn only when Swish is.
    QTest::newRow("functions subset")
        << QStringList{"--functions", "swish,tanh", "--param", "swish.beta=1.5", "--select", "tanh"}
        << QStringList{"Swish (β = 1.5)", "tanh"} << QStringList{"Sigmoid", "Mish", "ReLU"}
        << QString();
    QTest::newRow("title") << QStringList{"--title", "Gates and rectifiers"}
                           << QStringList{"Gates and rectifiers", "Sigmoid"} << QStringList{}
                           << QStringLiteral("Gates and rectifiers");
    QTest::newRow("unicode title") << QStringList{"--title", "σ, tanh & ReLU <compared>"}
                                   << QStringList{"σ, tanh & ReLU <compared>"} << QStringList{}
                                   << QStringLiteral("σ, tanh & ReLU <compared>");
    QTest::newRow("no legend") << QStringList{"--no-legend", "--param", "swish.beta=1.5"}
                               << QStringList{}
                               << QStringList{"Sigmoid", "tanh", "ReLU", "Swish", "Mish", "β = 1.5"}
                               << QString();
    QTest::newRow("no legend with title")
        << QStringList{"--no-legend", "--title", "Only the title"} << QStringList{"Only the title"}
        << QStringList{"Sigmoid", "tanh", "ReLU", "Swish", "Mish"}
        << QStringLiteral("Only the title");
    QTest::newRow("dark theme") << QStringList{"--theme", "dark"} << legendDefault << QStringList{}
                                << QString();
}

void TestCli::exportSvg() {
    QFETCH(QStringList, options);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    QFETCH(QString, title);
    RUN(QStringList{"--export", "figure.svg", "--size", "640x420"} + options);
    QCOMPARE(m_run.code, 0);
    QCOMPARE(dirEntries(m_dir->path()), QStringList{"figure.svg"});
    const QByteArray data = readAll(path("figure.svg"));
    const SvgContents svg = parseSvg(data);
    QVERIFY2(svg.errorString.isEmpty(), qPrintable(svg.errorString));
    QVERIFY2(svg.shapes >= 10, qPrintable(QString::number(svg.shapes)));
    QVERIFY(data.contains("<path") || data.contains("<polyline"));
    const QStringList vb =
        svg.viewBox.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
    QCOMPARE(vb, (QStringList{"0", "0", "640", "420"}));
    for (const QString& p : present)
        QVERIFY2(svg.text.contains(p), qPrintable(p + QStringLiteral(" not in: ") +
                                                  svg.texts.join(QStringLiteral(" | "))));
    for (const QString& a : absent)
        QVERIFY2(!svg.text.contains(a),
                 qPrintable(a + QStringLiteral(" in: ") + svg.texts.join(QStringLiteral(" | "))));
    if (!title.isEmpty()) QCOMPARE(svg.title, title);
}

void TestCli::exportPdf_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QSizeF>("points");
    QTest::newRow("pdf 300x200") << "a.pdf" << QStringList{"--size", "300x200"} << QSizeF(300, 200);
    QTest::newRow("pdf 611x397 dark")
        << "b.pdf" << QStringList{"--size", "611x397", "--theme", "dark"} << QSizeF(611, 397);
    QTest::newRow("pdf portrait titled")
        << "c.PDF" << QStringList{"--size", "250x500", "--title", "Portrait"} << QSizeF(250, 500);
}

void TestCli::exportPdf() {
    QFETCH(QString, file);
    QFETCH(QStringList, options);
    QFETCH(QSizeF, points);
    RUN(QStringList{"--export", file} + options);
    QCOMPARE(m_run.code, 0);
    QCOMPARE(dirEntries(m_dir->path()), QStringList{file});
    QByteArray data = readAll(path(file));
    QVERIFY(data.startsWith("%PDF-"));
    while (data.endsWith('\n') || data.endsWith('\r'))
        data.chop(1);
    QVERIFY(data.endsWith("%%EOF"));
    const QRegularExpression box(
        QStringLiteral(R"(/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\])"));
    const QRegularExpressionMatch m = box.match(QString::fromLatin1(data));
    QVERIFY(m.hasMatch());
    const double x0 = m.captured(1).toDouble(), y0 = m.captured(2).toDouble();
    const double x1 = m.captured(3).toDouble(), y1 = m.captured(4).toDouble();
    QVERIFY2(std::abs((x1 - x0) - points.width()) < 0.01 &&
                 std::abs((y1 - y0) - points.height()) < 0.01,
             qPrintable(m.captured(0)));
}

// ---------------------------------------------------------------------------------------------

// Checks a whole CSV against the core: header for the order, rows grouped by function in the
// given order, every number exactly ae::formatNumber(ae::evaluate(...)) and printf's %.17g.
// Leaves the split rows in m_rows for the caller's own checks.
void TestCli::checkCsv(const QByteArray& csv, const QStringList& functions, int order,
                       const std::map<QString, std::vector<double>>& params, bool& ok) {
    ok = false;
    QVERIFY2(csv.endsWith('\n'), "the CSV must end with a newline");
    QVERIFY2(!csv.contains('\r'), "no carriage returns");
    QStringList lines = QString::fromUtf8(csv).split(QLatin1Char('\n'));
    lines.removeLast();
    QVERIFY(!lines.isEmpty());
    const QString header = order == 0   ? QStringLiteral("function,x,f")
                           : order == 1 ? QStringLiteral("function,x,f,df")
                                        : QStringLiteral("function,x,f,df,d2f");
    QCOMPARE(lines.first(), header);
    lines.removeFirst();
    QVERIFY(!lines.isEmpty());
    QVERIFY2(lines.size() % functions.size() == 0, qPrintable(QString::number(lines.size())));
    const int perFunction = int(lines.size() / functions.size());
    m_rows.clear();
    for (int i = 0; i < lines.size(); ++i) {
        const QStringList fields = lines[i].split(QLatin1Char(','));
        QVERIFY2(fields.size() == 3 + order, qPrintable(lines[i]));
        const QString& id = functions[i / perFunction];
        QVERIFY2(fields[0] == id,
                 qPrintable(QStringLiteral("row %1: %2, expected %3").arg(i).arg(lines[i], id)));
        double x = 0;
        QVERIFY2(ae::parseNumber(fields[1].toStdString(), x), qPrintable(lines[i]));
        QCOMPARE(fields[1], fmt(x)); // x itself is written exactly, as %.17g
        const ae::Activation* a = ae::findActivation(id.toStdString());
        QVERIFY(a);
        const ae::Derivs d = ae::evaluate(*a, x, params.at(id));
        const double expected[3] = {d.f, d.df, d.d2f};
        for (int k = 0; k < 1 + order; ++k) {
            const QString want = fmt(expected[k]);
            QVERIFY2(fields[2 + k] == want,
                     qPrintable(QStringLiteral("%1: column %2 is %3, the core gives %4")
                                    .arg(lines[i])
                                    .arg(2 + k)
                                    .arg(fields[2 + k], want)));
        }
        for (int k = 1; k < fields.size(); ++k) {
            double v = 0;
            QVERIFY(ae::parseNumber(fields[k].toStdString(), v));
            if (std::isnan(v))
                QCOMPARE(fields[k], QStringLiteral("nan"));
            else if (std::isinf(v))
                QCOMPARE(fields[k], v > 0 ? QStringLiteral("inf") : QStringLiteral("-inf"));
            else
                QCOMPARE(fields[k], printf17g(v));
        }
        m_rows << fields;
    }
    ok = true;
}

void TestCli::csvValues_data() {
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("functions");
    QTest::addColumn<QStringList>("params");
    QTest::addColumn<int>("order");
    QTest::addColumn<QStringList>("at"); // exact x texts expected for --at (empty: a grid)
    QTest::addColumn<int>("samples");
    QTest::addColumn<double>("xmin");
    QTest::addColumn<double>("xmax");

    QTest::newRow("defaults: six functions, 201 samples on -8:8")
        << QStringList{} << articleSix << QStringList{} << 2 << QStringList{} << 201 << -8.0 << 8.0;
    QTest::newRow("at, default functions")
        << QStringList{"--at", "0,1,-2.5"} << articleSix << QStringList{} << 2
        << QStringList{"0", "1", "-2.5"} << 0 << 0.0 << 0.0;
    QTest::newRow("at specials")
        << QStringList{"--functions", "swish,relu,sigmoid", "--at",
                       "inf,-inf,nan,1e-300,-0,0.1,+2.5,1e308,-4.9406564584124654e-324,710,-745"}
        << QStringList{"swish", "relu", "sigmoid"} << QStringList{} << 2
        << QStringList{"inf",    "-inf",   "nan",
                       "1e-300", "-0",     "0.10000000000000001",
                       "2.5",    "1e+308", "-4.9406564584124654e-324",
                       "710",    "-745"}
        << 0 << 0.0 << 0.0;
    QTest::newRow("derivatives 0")
        << QStringList{"--functions", "relu,mish", "--at", "-1,0,2", "--derivatives", "0"}
        << QStringList{"relu", "mish"} << QStringList{} << 0 << QStringList{"-1", "0", "2"} << 0
        << 0.0 << 0.0;
    QTest::newRow("derivatives 1")
        << QStringList{"--functions", "tanh", "--at", "-1,0,2", "--derivatives", "1"}
        << QStringList{"tanh"} << QStringList{} << 1 << QStringList{"-1", "0", "2"} << 0 << 0.0
        << 0.0;
    QTest::newRow("derivatives 2")
        << QStringList{"--functions", "tanh", "--at", "-1,0,2", "--derivatives", "2"}
        << QStringList{"tanh"} << QStringList{} << 2 << QStringList{"-1", "0", "2"} << 0 << 0.0
        << 0.0;
    QTest::newRow("params") << QStringList{"--functions", "swish,leaky_relu",
                                           "--param",     "swish.beta=1.5",
                                           "--param",     "leaky_relu.a=0.25",
                                           "--at",        "-3,-0.5,0,0.5,3"}
                            << QStringList{"swish", "leaky_relu"}
                            << QStringList{"swish.beta=1.5", "leaky_relu.a=0.25"} << 2
                            << QStringList{"-3", "-0.5", "0", "0.5", "3"} << 0 << 0.0 << 0.0;
    QTest::newRow("param at range ends")
        << QStringList{"--functions", "swish,leaky_relu", "--param", "swish.beta=0",
                       "--param",     "leaky_relu.a=1",   "--at",    "-2,2"}
        << QStringList{"swish", "leaky_relu"} << QStringList{"swish.beta=0", "leaky_relu.a=1"} << 2
        << QStringList{"-2", "2"} << 0 << 0.0 << 0.0;
    QTest::newRow("param max beta")
        << QStringList{"--functions", "swish", "--param",   "swish.beta=10",
                       "--samples",   "9",     "--x-range", "-4:4"}
        << QStringList{"swish"} << QStringList{"swish.beta=10"} << 2 << QStringList{} << 9 << -4.0
        << 4.0;
    QTest::newRow("repeated param: last wins")
        << QStringList{"--functions", "swish",           "--param", "swish.beta=3",
                       "--param",     "swish.beta=0.75", "--at",    "1"}
        << QStringList{"swish"} << QStringList{"swish.beta=0.75"} << 2 << QStringList{"1"} << 0
        << 0.0 << 0.0;
    QTest::newRow("param of a function not shown")
        << QStringList{"--functions", "relu", "--param", "swish.beta=2", "--at", "1"}
        << QStringList{"relu"} << QStringList{} << 2 << QStringList{"1"} << 0 << 0.0 << 0.0;
    QTest::newRow("samples over range")
        << QStringList{"--functions", "tanh", "--samples", "5", "--x-range", "-6:6"}
        << QStringList{"tanh"} << QStringList{} << 2 << QStringList{} << 5 << -6.0 << 6.0;
    QTest::newRow("x-range equals form")
        << QStringList{"--x-range=-6:6", "--samples", "7", "--functions", "sigmoid,mish"}
        << QStringList{"sigmoid", "mish"} << QStringList{} << 2 << QStringList{} << 7 << -6.0
        << 6.0;
    QTest::newRow("samples 2") << QStringList{"--functions", "relu",      "--samples",
                                              "2",           "--x-range", "-1:3"}
                               << QStringList{"relu"} << QStringList{} << 2 << QStringList{} << 2
                               << -1.0 << 3.0;
    QTest::newRow("inexact range ends")
        << QStringList{"--functions", "swish,tanh", "--samples", "11", "--x-range", "-0.3:0.7"}
        << QStringList{"swish", "tanh"} << QStringList{} << 2 << QStringList{} << 11 << -0.3 << 0.7;
    QTest::newRow("odd range, many samples")
        << QStringList{"--functions", "mish",          "--samples",     "1001",
                       "--x-range",   "-12.345:6.789", "--derivatives", "1"}
        << QStringList{"mish"} << QStringList{} << 1 << QStringList{} << 1001 << -12.345 << 6.789;
    QTest::newRow("wide range") << QStringList{"--functions", "sigmoid,swish", "--samples",
                                               "13",          "--x-range",     "-1000000:1000000"}
                                << QStringList{"sigmoid", "swish"} << QStringList{} << 2
                                << QStringList{} << 13 << -1e6 << 1e6;
    QTest::newRow("functions in given order")
        << QStringList{"--functions", "mish,sigmoid,relu", "--at", "0.5"}
        << QStringList{"mish", "sigmoid", "relu"} << QStringList{} << 2 << QStringList{"0.5"} << 0
        << 0.0 << 0.0;
}

void TestCli::csvValues() {
    QFETCH(QStringList, options);
    QFETCH(QStringList, functions);
    QFETCH(QStringList, params);
    QFETCH(int, order);
    QFETCH(QStringList, at);
    QFETCH(int, samples);
    QFETCH(double, xmin);
    QFETCH(double, xmax);
    RUN(QStringList{"--csv", "-"} + options);
    QCOMPARE(m_run.code, 0);
    QCOMPARE(dirEntries(m_dir->path()), QStringList());
    bool ok = false;
    checkCsv(m_run.out, functions, order, parameterSet(params), ok);
    QVERIFY(ok);
    const int perFunction = int(m_rows.size() / functions.size());
    if (!at.isEmpty()) {
        QCOMPARE(perFunction, at.size());
        for (int i = 0; i < m_rows.size(); ++i)
            QCOMPARE(m_rows[i][1], at[i % at.size()]);
        return;
    }
    QCOMPARE(perFunction, samples);
    for (int f = 0; f < functions.size(); ++f) {
        const int base = f * samples;
        QCOMPARE(m_rows[base][1], fmt(xmin));
        QCOMPARE(m_rows[base + samples - 1][1], fmt(xmax));
        double prev = -INFINITY;
        for (int i = 0; i < samples; ++i) {
            double x = 0;
            QVERIFY(ae::parseNumber(m_rows[base + i][1].toStdString(), x));
            QVERIFY2(x > prev, qPrintable(m_rows[base + i].join(QLatin1Char(','))));
            const double even = xmin + (xmax - xmin) * double(i) / double(samples - 1);
            QVERIFY2(std::abs(x - even) <= 1e-12 * (xmax - xmin), qPrintable(m_rows[base + i][1]));
            if (f > 0)
                QCOMPARE(m_rows[base + i][1], m_rows[i][1]); // the same grid for every function
            prev = x;
        }
    }
}

void TestCli::csvFileEqualsStdout_data() {
    QTest::addColumn<QStringList>("options");
    QTest::newRow("defaults") << QStringList{};
    QTest::newRow("at and params")
        << QStringList{"--functions", "swish,leaky_relu",       "--param", "swish.beta=1.5",
                       "--at",        "inf,-inf,nan,1e-300,0.3"};
    QTest::newRow("derivatives 0") << QStringList{"--derivatives", "0", "--samples", "17"};
}

void TestCli::csvFileEqualsStdout() {
    QFETCH(QStringList, options);
    RUN(QStringList{"--csv", "-"} + options);
    QCOMPARE(m_run.code, 0);
    const QByteArray viaStdout = m_run.out;
    QVERIFY(!viaStdout.isEmpty());
    RUN(QStringList{"--csv", "values.csv"} + options);
    QCOMPARE(m_run.code, 0);
    QVERIFY(m_run.out.isEmpty());
    QCOMPARE(dirEntries(m_dir->path()), QStringList{"values.csv"});
    QCOMPARE(readAll(path("values.csv")), viaStdout);
    // An existing file is replaced.
    QVERIFY(writeAll(path("values.csv"), QByteArray(100000, 'z')));
    RUN(QStringList{"--csv", "values.csv"} + options);
    QCOMPARE(m_run.code, 0);
    QCOMPARE(readAll(path("values.csv")), viaStdout);
    QCOMPARE(dirEntries(m_dir->path()), QStringList{"values.csv"});
}

void TestCli::csvIgnoresLocale_data() {
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("locale");
    const QStringList opts{"--functions", "swish,leaky_relu,tanh",
                           "--param",     "swish.beta=1.5",
                           "--param",     "leaky_relu.a=0.05",
                           "--x-range",   "-6.5:6.25",
                           "--samples",   "9"};
    const QStringList at{"--functions",    "mish,swish", "--param",
                         "swish.beta=2.5", "--at",       "0.5,-1.25,1e-300,inf,nan"};
    QTest::newRow("LC_ALL de_DE, grid") << opts << "LC_ALL"
                                        << "de_DE.UTF-8";
    QTest::newRow("LANG de_DE, grid") << opts << "LANG"
                                      << "de_DE.UTF-8";
    QTest::newRow("LC_NUMERIC de_DE, grid") << opts << "LC_NUMERIC"
                                            << "de_DE.UTF-8";
    QTest::newRow("LC_ALL de_DE, at") << at << "LC_ALL"
                                      << "de_DE.UTF-8";
    QTest::newRow("LANG fr_FR, at") << at << "LANG"
                                    << "fr_FR.UTF-8";
}

void TestCli::csvIgnoresLocale() {
    QFETCH(QStringList, options);
    QFETCH(QString, variable);
    QFETCH(QString, locale);
    const QStringList args = QStringList{"--csv", "-"} + options;
    RUN(args, {{"LC_ALL", "C"}, {"LANG", "C"}, {"LANGUAGE", QString()}});
    QCOMPARE(m_run.code, 0);
    const QByteArray c = m_run.out;
    std::map<QString, QString> env{{"LC_ALL", QString()}, {"LANG", "C"}, {"LANGUAGE", QString()}};
    env[variable] = locale;
    if (variable == QLatin1String("LC_ALL")) env["LANG"] = locale;
    RUN(args, env);
    QCOMPARE(m_run.code, 0);
    QCOMPARE(QString::fromUtf8(m_run.out), QString::fromUtf8(c));
    // And the C-locale text is the core's, digit for digit.
    const bool grid = !options.contains(QStringLiteral("--at"));
    bool ok = false;
    checkCsv(c, grid ? QStringList{"swish", "leaky_relu", "tanh"} : QStringList{"mish", "swish"}, 2,
             parameterSet(grid ? QStringList{"swish.beta=1.5", "leaky_relu.a=0.05"}
                               : QStringList{"swish.beta=2.5"}),
             ok);
    QVERIFY(ok);
    QCOMPARE(m_rows.first()[1], grid ? QStringLiteral("-6.5") : QStringLiteral("0.5"));
}

// ---------------------------------------------------------------------------------------------

void TestCli::usageErrors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QStringList>("fragments"); // each must appear in stderr

    auto png = [](QStringList more) { // a small figure unless the row is about the size
        const QStringList size =
            more.contains("--size") ? QStringList{} : QStringList{"--size", "200x120"};
        return QStringList{"--export", "out.png"} + size + more;
    };
    auto csv = [](QStringList more) { return QStringList{"--csv", "out.csv"} + more; };

    QTest::newRow("unknown option") << png({"--bogus"}) << "out.png" << QStringList{"bogus"};
    QTest::newRow("unknown option csv")
        << csv({"--transparent"}) << "out.csv" << QStringList{"transparent"};
    QTest::newRow("unknown function")
        << png({"--functions", "foo"}) << "out.png" << QStringList{"foo"};
    QTest::newRow("unknown function among known")
        << csv({"--functions", "sigmoid,foo,relu"}) << "out.csv" << QStringList{"foo"};
    QTest::newRow("unknown parameter")
        << png({"--param", "swish.gamma=1"}) << "out.png" << QStringList{"gamma"};
    QTest::newRow("parameter of unknown function")
        << csv({"--param", "swoosh.beta=1"}) << "out.csv" << QStringList{"swoosh"};
    QTest::newRow("parameter out of range")
        << png({"--param", "swish.beta=11"}) << "out.png" << QStringList{"swish.beta", "11"};
    QTest::newRow("parameter below range")
        << csv({"--param", "leaky_relu.a=-0.5"}) << "out.csv" << QStringList{"leaky_relu.a"};
    QTest::newRow("parameter nan")
        << csv({"--param", "swish.beta=nan"}) << "out.csv" << QStringList{"swish.beta"};
    QTest::newRow("parameter inf")
        << csv({"--param", "swish.beta=inf"}) << "out.csv" << QStringList{"swish.beta"};
    QTest::newRow("parameter not a number")
        << csv({"--param", "swish.beta=big"}) << "out.csv" << QStringList{"big"};
    QTest::newRow("parameter decimal comma")
        << csv({"--param", "swish.beta=1,5"}) << "out.csv" << QStringList{"swish.beta"};
    QTest::newRow("parameter malformed")
        << csv({"--param", "swishbeta"}) << "out.csv" << QStringList{"swishbeta"};
    QTest::newRow("x-range min > max")
        << csv({"--x-range", "3:1"}) << "out.csv" << QStringList{"--x-range", "3:1"};
    QTest::newRow("x-range min = max")
        << png({"--x-range", "2:2"}) << "out.png" << QStringList{"--x-range", "2:2"};
    QTest::newRow("x-range non-numeric")
        << csv({"--x-range", "a:1"}) << "out.csv" << QStringList{"--x-range", "a:1"};
    QTest::newRow("x-range nan") << csv({"--x-range", "nan:1"}) << "out.csv"
                                 << QStringList{"--x-range", "nan:1"};
    QTest::newRow("x-range -inf") << csv({"--x-range", "-inf:1"}) << "out.csv"
                                  << QStringList{"--x-range", "-inf:1"};
    QTest::newRow("x-range= -inf")
        << png({"--x-range=-inf:1"}) << "out.png" << QStringList{"--x-range", "-inf:1"};
    QTest::newRow("x-range inf max")
        << csv({"--x-range", "0:inf"}) << "out.csv" << QStringList{"--x-range", "0:inf"};
    QTest::newRow("x-range one number")
        << csv({"--x-range", "5"}) << "out.csv" << QStringList{"--x-range"};
    QTest::newRow("unknown extension")
        << QStringList{"--export", "f.bmp"} << "f.bmp" << QStringList{"f.bmp"};
    QTest::newRow("no extension") << QStringList{"--export", "figure"} << "figure"
                                  << QStringList{"figure"};
    QTest::newRow("size 0") << png({"--size", "0x100"}) << "out.png"
                            << QStringList{"--size", "0x100"};
    QTest::newRow("size over 16384")
        << png({"--size", "20000x10"}) << "out.png" << QStringList{"--size", "20000x10"};
    QTest::newRow("height over 16384")
        << png({"--size", "10x16385"}) << "out.png" << QStringList{"--size", "10x16385"};
    QTest::newRow("size times scale over 16384")
        << png({"--size", "10000x10000", "--scale", "2"}) << "out.png" << QStringList{"--scale"};
    QTest::newRow("size times scale, svg")
        << QStringList{"--export", "out.svg", "--size", "10000x10000", "--scale", "2"} << "out.svg"
        << QStringList{"--scale"};
    QTest::newRow("size malformed")
        << png({"--size", "100"}) << "out.png" << QStringList{"--size", "100"};
    QTest::newRow("size negative")
        << png({"--size", "-5x10"}) << "out.png" << QStringList{"--size"};
    QTest::newRow("scale 0") << png({"--scale", "0"}) << "out.png" << QStringList{"--scale"};
    QTest::newRow("scale negative")
        << png({"--scale", "-1"}) << "out.png" << QStringList{"--scale"};
    QTest::newRow("samples 1") << csv({"--samples", "1"}) << "out.csv"
                               << QStringList{"--samples", "1"};
    QTest::newRow("samples 0") << csv({"--samples", "0"}) << "out.csv" << QStringList{"--samples"};
    QTest::newRow("samples over 10^7")
        << csv({"--samples", "10000001"}) << "out.csv" << QStringList{"--samples", "10000001"};
    QTest::newRow("samples not whole")
        << csv({"--samples", "2.5"}) << "out.csv" << QStringList{"--samples", "2.5"};
    QTest::newRow("samples huge") << png({"--samples", "99999999999999999999"}) << "out.png"
                                  << QStringList{"--samples"};
    QTest::newRow("epsilon 0") << csv({"--epsilon", "0"}) << "out.csv" << QStringList{"--epsilon"};
    QTest::newRow("epsilon negative")
        << png({"--epsilon", "-0.1"}) << "out.png" << QStringList{"--epsilon"};
    QTest::newRow("epsilon over 1")
        << png({"--epsilon", "1.5"}) << "out.png" << QStringList{"--epsilon", "1.5"};
    QTest::newRow("epsilon nan") << png({"--epsilon", "nan"}) << "out.png"
                                 << QStringList{"--epsilon"};
    QTest::newRow("derivatives 3")
        << csv({"--derivatives", "3"}) << "out.csv" << QStringList{"--derivatives", "3"};
    QTest::newRow("derivatives -1")
        << png({"--derivatives", "-1"}) << "out.png" << QStringList{"--derivatives"};
    QTest::newRow("theme neon") << png({"--theme", "neon"}) << "out.png"
                                << QStringList{"--theme", "neon"};
    QTest::newRow("at not a number") << csv({"--at", "1,x,2"}) << "out.csv" << QStringList{"--at"};
    QTest::newRow("at empty item") << csv({"--at", "1,,2"}) << "out.csv" << QStringList{"--at"};
    QTest::newRow("option without value")
        << QStringList{"--csv", "out.csv", "--samples"} << "out.csv" << QStringList{"samples"};
    QTest::newRow("scene missing")
        << csv({"--scene", "nowhere.json"}) << "out.csv" << QStringList{"nowhere.json"};
    // A file that opens but cannot be read is a read error, not "not valid JSON".
    QTest::newRow("scene read error")
        << csv({"--scene", "/proc/self/mem"}) << "out.csv" << QStringList{"cannot read"};
    QTest::newRow("x-range two signs")
        << png({"--x-range=+-5:5"}) << "out.png" << QStringList{"--x-range", "+-5", "not a number"};
    QTest::newRow("x-range overflow")
        << csv({"--x-range", "1e400:1"}) << "out.csv" << QStringList{"1e400", "out of the range"};
    QTest::newRow("parameter overflow") << csv({"--param", "swish.beta=1e400"}) << "out.csv"
                                        << QStringList{"swish.beta", "out of the range"};
    QTest::newRow("epsilon underflow") << csv({"--epsilon", "1e-400"}) << "out.csv"
                                       << QStringList{"--epsilon", "out of the range"};
    QTest::newRow("at overflow") << csv({"--at", "1,-1e999"}) << "out.csv"
                                 << QStringList{"--at", "out of the range"};
    QTest::newRow("rrelu lower above upper")
        << csv({"--param", "rrelu.lower=0.9", "--param", "rrelu.upper=0.2"}) << "out.csv"
        << QStringList{"rrelu.lower", "must not exceed", "upper"};
    QTest::newRow("export twice") << QStringList{"--export", "a.png", "--export", "b.png"}
                                  << "b.png" << QStringList{"--export", "2 times"};
    QTest::newRow("x-range twice") << csv({"--x-range", "-1:1", "--x-range", "-2:2"}) << "out.csv"
                                   << QStringList{"--x-range", "2 times"};
    QTest::newRow("properties in another case")
        << QStringList{"--properties", "Swish"} << "none" << QStringList{"did you mean swish?"};
    QTest::newRow("properties typo")
        << QStringList{"--properties", "sigmiod"} << "none" << QStringList{"did you mean sigmoid?"};
    QTest::newRow("functions alias case")
        << csv({"--functions", "ReLU,SiLu"}) << "out.csv" << QStringList{"did you mean relu?"};
    QTest::newRow("parameter names listed")
        << csv({"--param", "swish.b=2"}) << "out.csv" << QStringList{"its parameters: beta"};
    QTest::newRow("parameter names listed, two")
        << csv({"--param", "rrelu.l=0.2"}) << "out.csv" << QStringList{"lower, upper"};
    QTest::newRow("scene argument with options")
        << QStringList{"lesson.json", "--x-range", "-1:1"} << "lesson.json"
        << QStringList{"lesson.json", "--scene"};
    QTest::newRow("scene argument with export")
        << png({"lesson.json"}) << "out.png" << QStringList{"lesson.json", "--scene"};
}

// A 100 KB argument is quoted shortened, whatever option it came with: messages stay readable.
void TestCli::longArgumentsAreShortened_data() {
    QTest::addColumn<QStringList>("args");
    const QString huge(100'000, QLatin1Char('7'));
    QTest::newRow("functions") << QStringList{"--csv", "o.csv", "--functions", huge};
    QTest::newRow("param value") << QStringList{"--csv", "o.csv", "--param", "swish.beta=" + huge};
    QTest::newRow("param name") << QStringList{"--csv", "o.csv", "--param", "swish." + huge + "=1"};
    QTest::newRow("x-range") << QStringList{"--csv", "o.csv", "--x-range", huge + ":1"};
    QTest::newRow("unknown option") << QStringList{"--csv", "o.csv", "--" + huge};
    QTest::newRow("export extension") << QStringList{"--export", "a." + huge};
    QTest::newRow("properties") << QStringList{"--properties", huge};
    QTest::newRow("scene path") << QStringList{"--csv", "o.csv", "--scene", "/no/" + huge};
    QTest::newRow("positional") << QStringList{"--csv", "o.csv", huge};
}

void TestCli::longArgumentsAreShortened() {
    QFETCH(QStringList, args);
    RUN(args);
    QCOMPARE(m_run.code, 2);
    QVERIFY2(m_run.err.size() < 1000, qPrintable(QString::number(m_run.err.size())));
    QVERIFY2(m_run.err.contains("77777"), m_run.err.constData()); // still recognisable
}

void TestCli::usageErrors() {
    QFETCH(QStringList, args);
    QFETCH(QString, target);
    QFETCH(QStringList, fragments);
    RUN(args);
    QCOMPARE(m_run.code, 2);
    const QString err = QString::fromUtf8(m_run.err);
    QVERIFY(!err.trimmed().isEmpty());
    for (const QString& f : fragments)
        QVERIFY2(err.contains(f), qPrintable(QStringLiteral("\"%1\" not in: %2").arg(f, err)));
    QVERIFY(!QFileInfo::exists(path(target)));
    QCOMPARE(dirEntries(m_dir->path()), QStringList()); // nothing written at all
}

// ---------------------------------------------------------------------------------------------

void TestCli::writeFailures_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("targetIsDirectory");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("png into missing directory")
        << QStringList{"--export", "nodir/out.png", "--size", "200x120"} << "nodir/out.png" << false
        << "nodir";
    QTest::newRow("svg into missing directory")
        << QStringList{"--export", "nodir/deeper/out.svg", "--size", "200x120"}
        << "nodir/deeper/out.svg" << false << "nodir";
    QTest::newRow("csv into missing directory")
        << QStringList{"--csv", "nodir/out.csv"} << "nodir/out.csv" << false << "nodir";
    QTest::newRow("png onto a directory")
        << QStringList{"--export", "taken.png", "--size", "200x120"} << "taken.png" << true
        << "taken.png";
    QTest::newRow("pdf onto a directory")
        << QStringList{"--export", "taken.pdf", "--size", "200x120"} << "taken.pdf" << true
        << "taken.pdf";
    QTest::newRow("csv onto a directory")
        << QStringList{"--csv", "taken.csv"} << "taken.csv" << true << "taken.csv";
}

void TestCli::writeFailures() {
    QFETCH(QStringList, args);
    QFETCH(QString, target);
    QFETCH(bool, targetIsDirectory);
    QFETCH(QString, fragment);
    if (targetIsDirectory) QVERIFY(QDir(m_dir->path()).mkdir(target));
    const QStringList before = dirEntries(m_dir->path());
    RUN(args);
    QCOMPARE(m_run.code, 1);
    const QString err = QString::fromUtf8(m_run.err);
    QVERIFY2(err.contains(fragment), qPrintable(err));
    QCOMPARE(dirEntries(m_dir->path()), before);
    if (targetIsDirectory) {
        QVERIFY(QFileInfo(path(target)).isDir());
        QCOMPARE(dirEntries(path(target)), QStringList());
    } else {
        QVERIFY(!QFileInfo::exists(path(target)));
        QVERIFY(!QFileInfo::exists(path("nodir")));
    }
}

void TestCli::shortWriteKeepsOldFile_data() {
    QTest::addColumn<QString>("target");
    QTest::addColumn<QStringList>("options");
    QTest::newRow("png") << "figure.png" << QStringList{"--size", "900x600"};
    QTest::newRow("jpeg") << "figure.jpg" << QStringList{"--size", "900x600"};
    QTest::newRow("svg") << "figure.svg" << QStringList{"--size", "400x300"};
    QTest::newRow("pdf") << "figure.pdf" << QStringList{"--size", "400x300"};
}

void TestCli::shortWriteKeepsOldFile() {
    QFETCH(QString, target);
    QFETCH(QStringList, options);
    QByteArray old;
    for (int i = 0; i < 300; ++i)
        old += char('A' + i % 26);
    old += "\nan older figure, to be kept\n";
    QVERIFY(writeAll(path(target), old));
    // The child may write at most 2000 bytes per file: the new figure cannot land.
    auto limitFileSize = [] {
        struct rlimit limit;
        limit.rlim_cur = 2000;
        limit.rlim_max = 2000;
        ::setrlimit(RLIMIT_FSIZE, &limit);
    };
    RUN(QStringList{"--export", target} + options, {}, limitFileSize);
    QCOMPARE(m_run.code, 1);
    const QString err = QString::fromUtf8(m_run.err);
    QVERIFY2(err.contains(target), qPrintable(err));
    QCOMPARE(readAll(path(target)), old);
    QCOMPARE(dirEntries(m_dir->path()), QStringList{target}); // no temporary file left behind

    // The same export without the limit succeeds and replaces the file.
    RUN(QStringList{"--export", target} + options);
    QCOMPARE(m_run.code, 0);
    QVERIFY(readAll(path(target)).size() > 2000);
    QCOMPARE(dirEntries(m_dir->path()), QStringList{target});
}

void TestCli::csvToFullStandardOutput_data() {
    QTest::addColumn<QStringList>("args");
    QTest::newRow("csv") << QStringList{"--csv", "-", "--samples", "50000"};
    QTest::newRow("list-functions") << QStringList{"--list-functions"};
    QTest::newRow("help") << QStringList{"--help"};
}

void TestCli::csvToFullStandardOutput() {
    QFETCH(QStringList, args);
    if (!QFileInfo::exists(QStringLiteral("/dev/full"))) QSKIP("no /dev/full here");
    QProcess p;
    p.setProcessEnvironment(cleanEnvironment());
    p.setWorkingDirectory(m_dir->path());
    p.setStandardOutputFile(QStringLiteral("/dev/full"));
    p.start(QStringLiteral(AE_EXECUTABLE), args);
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(p.exitCode() == 1,
             qPrintable(QStringLiteral("exit %1, stderr: %2").arg(p.exitCode()).arg(err)));
    QVERIFY2(err.contains(QLatin1String("standard output")) ||
                 err.contains(QLatin1String("stdout")),
             qPrintable(err));
    QCOMPARE(dirEntries(m_dir->path()), QStringList());
}

// ---------------------------------------------------------------------------------------------

void TestCli::sceneFile_data() {
    QTest::addColumn<QStringList>("options"); // after --csv - --scene scene.json
    QTest::addColumn<QStringList>("functions");
    QTest::addColumn<QStringList>("params");
    QTest::newRow("scene alone") << QStringList{"--at", "1"} << QStringList{"swish"}
                                 << QStringList{"swish.beta=2.5"};
    QTest::newRow("later param overrides scene")
        << QStringList{"--at", "1", "--param", "swish.beta=0.5"} << QStringList{"swish"}
        << QStringList{"swish.beta=0.5"};
    QTest::newRow("later functions override scene")
        << QStringList{"--at", "1,-2", "--functions", "swish,relu"} << QStringList{"swish", "relu"}
        << QStringList{"swish.beta=2.5"};
}

void TestCli::sceneFile() {
    QFETCH(QStringList, options);
    QFETCH(QStringList, functions);
    QFETCH(QStringList, params);
    QVERIFY(writeAll(path("scene.json"),
                     R"({"format":"activation-explorer-scene","version":1,)"
                     R"("parameters":{"swish":{"beta":2.5}},"functions":["swish"]})"));
    RUN(QStringList{"--csv", "-", "--scene", "scene.json"} + options);
    QCOMPARE(m_run.code, 0);
    bool ok = false;
    checkCsv(m_run.out, functions, 2, parameterSet(params), ok);
    QVERIFY(ok);
    const int at =
        int(options.at(options.indexOf(QStringLiteral("--at")) + 1).count(QLatin1Char(',')) + 1);
    QCOMPARE(m_rows.size(), qsizetype(at) * functions.size());
    // The swish row at x = 1 has the expected β: Swish at 1 is σ(β) (independent check).
    for (const QStringList& r : std::as_const(m_rows))
        if (r[0] == QLatin1String("swish") && r[1] == QLatin1String("1")) {
            const double beta = parameterSet(params).at("swish")[0];
            double f = 0;
            QVERIFY(ae::parseNumber(r[2].toStdString(), f));
            QVERIFY2(std::abs(f - 1.0 / (1.0 + std::exp(-beta))) < 1e-12,
                     qPrintable(r.join(QLatin1Char(','))));
        }
    QCOMPARE(dirEntries(m_dir->path()), QStringList{"scene.json"});
}

void TestCli::invalidSceneFile_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("bad json") << QByteArray(R"({"format":"activation-explorer-scene","version":1,)")
                              << QString();
    QTest::newRow("not json at all") << QByteArray("hello\n") << QString();
    QTest::newRow("wrong version")
        << QByteArray(R"({"format":"activation-explorer-scene","version":2})")
        << QStringLiteral("version");
    QTest::newRow("wrong format") << QByteArray(R"({"format":"something-else","version":1})")
                                  << QStringLiteral("format");
    QTest::newRow("beta 99") << QByteArray(
                                    R"({"format":"activation-explorer-scene","version":1,)"
                                    R"("parameters":{"swish":{"beta":99}},"functions":["swish"]})")
                             << QStringLiteral("beta");
    QTest::newRow("unknown function")
        << QByteArray(R"({"format":"activation-explorer-scene","version":1,)"
                      R"("functions":["swish","foo"]})")
        << QStringLiteral("foo");
    QTest::newRow("empty file") << QByteArray() << QString();
    // Numbers outside the double range used to abort the program (uncaught nlohmann exception).
    QTest::newRow("overflow in a known field")
        << QByteArray(R"({"format":"activation-explorer-scene","version":1,"xRange":[-1e400,5]})")
        << QStringLiteral("xRange[0]: the number -1e400 is outside the range of a double");
    QTest::newRow("overflow in version")
        << QByteArray(R"({"format":"activation-explorer-scene","version":1e999})")
        << QStringLiteral("version");
    QTest::newRow("overflow in an unknown field")
        << QByteArray(R"({"format":"activation-explorer-scene","version":1,"zzz":{"q":-1e999}})")
        << QStringLiteral("zzz.q");
    QTest::newRow("400-digit integer")
        << (QByteArray(R"({"format":"activation-explorer-scene","version":1,)"
                       R"("parameters":{"swish":{"beta":1)") +
            QByteArray(400, '0') + "}}}")
        << QStringLiteral("parameters.swish.beta");
    QTest::newRow("rrelu lower above upper")
        << QByteArray(R"({"format":"activation-explorer-scene","version":1,)"
                      R"("parameters":{"rrelu":{"lower":0.9,"upper":0.2}}})")
        << QStringLiteral("rrelu.lower");
}

void TestCli::invalidSceneFile() {
    QFETCH(QByteArray, json);
    QFETCH(QString, fragment);
    QVERIFY(writeAll(path("broken-scene.json"), json));
    for (const QStringList& args : {QStringList{"--csv", "out.csv", "--scene", "broken-scene.json"},
                                    QStringList{"--export", "out.png", "--size", "200x120",
                                                "--scene", "broken-scene.json"}}) {
        RUN(args);
        QCOMPARE(m_run.code, 2);
        const QString err = QString::fromUtf8(m_run.err);
        QVERIFY2(err.contains(QLatin1String("broken-scene.json")), qPrintable(err));
        if (!fragment.isEmpty()) QVERIFY2(err.contains(fragment), qPrintable(err));
        QCOMPARE(dirEntries(m_dir->path()), QStringList{"broken-scene.json"});
        QCOMPARE(readAll(path("broken-scene.json")), json);
    }
}

// Band edges as the sentence prints them: exact short numbers stated exactly and strictly, narrow
// dips with as many digits as keep their ends apart (found by a teacher: "−0.511 < x < −0.512",
// "x < 0.000", "x < −0.001" where the edge is 0, "x < 1.499" where it is 1.5).
void TestCli::bandEdgesPrintTrue_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("clause");
    QTest::newRow("leaky relu eps 0.5 ends at 0")
        << QStringList{"leaky_relu", "--epsilon", "0.5"} << "|f′| < 0.5 for x < 0\n";
    QTest::newRow("swish eps 0.5 ends at 0")
        << QStringList{"swish", "--epsilon", "0.5"} << "|f′| < 0.5 for x < 0\n";
    QTest::newRow("elu eps 1 ends at 0")
        << QStringList{"elu", "--epsilon", "1"} << "|f′| < 1 for x < 0\n";
    QTest::newRow("hardswish eps 1 ends at 1.5")
        << QStringList{"hardswish", "--epsilon", "1"} << "|f′| < 1 for x < 1.5\n";
    QTest::newRow("sigmoid eps 0.25 everywhere but 0")
        << QStringList{"sigmoid", "--epsilon", "0.25"} << "for x < 0 and for x > 0\n";
    QTest::newRow("hardswish dip strict at exact ends")
        << QStringList{"hardswish", "--epsilon", "1e-4"} << "−1.5003 < x < −1.4997";
    QTest::newRow("swish narrow dip keeps its ends apart")
        << QStringList{"swish", "--param", "swish.beta=2.5", "--epsilon", "1e-6"}
        << "−0.511387 < x < −0.511384";
    QTest::newRow("swish dip at 1e-4")
        << QStringList{"swish", "--epsilon", "1e-4"} << "−1.2789 < x < −1.2781";
    QTest::newRow("gelu dip at 1e-4")
        << QStringList{"gelu", "--epsilon", "1e-4"} << "−0.7520 < x < −0.7516";
    QTest::newRow("epsilon with a Unicode minus")
        << QStringList{"mish", "--epsilon", "1e-5"} << "|f′| < 1e−5 for";
    QTest::newRow("relu hard edge inclusive") << QStringList{"relu"} << "f′ = 0 for x ≤ 0\n";
    QTest::newRow("hardshrink lambda 0: one point")
        << QStringList{"hardshrink", "--param", "hardshrink.lambda=0"} << "f′ = 0 for x = 0\n";
}

void TestCli::bandEdgesPrintTrue() {
    QFETCH(QStringList, args);
    QFETCH(QString, clause);
    RUN(QStringList{"--properties"} + args);
    QCOMPARE(m_run.code, 0);
    const QString out = QString::fromUtf8(m_run.out);
    QVERIFY2(out.contains(clause), qPrintable(out));
    QVERIFY(!out.contains("0.000 ") && !out.contains("0.000\n") && !out.contains("e-"));
    // Every two-sided band reads lo < x < hi with lo < hi.
    static const QRegularExpression band("(−?[0-9.]+) <=? x <=? (−?[0-9.]+)");
    auto it = band.globalMatch(QString(out).replace("≤", "<=").replace(QChar(0x2060), ""));
    while (it.hasNext()) {
        const auto m = it.next();
        const double lo = m.captured(1).replace("−", "-").toDouble();
        const double hi = m.captured(2).replace("−", "-").toDouble();
        QVERIFY2(lo < hi, qPrintable(m.captured(0)));
    }
}

// The stored session went through the same parser as scene files: a number out of the double
// range there crashed the window on every start. Now the window opens with the defaults, and the
// refused data is kept under another key instead of being erased.
void TestCli::badSessionStillOpensWindow() {
    const QString config = path("config");
    const QByteArray bad = R"({"format":"activation-explorer-scene","version":1,"epsilon":1e400})";
    {
        QSettings settings(config + "/ActivationExplorer/activation-explorer.conf",
                           QSettings::IniFormat);
        settings.setValue(SettingsKeys::lastScene, QString::fromUtf8(bad));
    }
    QProcess p;
    QProcessEnvironment env = cleanEnvironment();
    env.insert("QT_QPA_PLATFORM", "offscreen");
    env.insert("AE_ALLOW_OFFSCREEN_WINDOW", "1");
    env.insert("XDG_CONFIG_HOME", config);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(AE_EXECUTABLE), {});
    QVERIFY(p.waitForStarted(10000));
    // Still running after the start-up (a crash used to end it at once with exit 134).
    QVERIFY2(!p.waitForFinished(4000), p.readAllStandardError().constData());
    QCOMPARE(p.state(), QProcess::Running);
    p.kill();
    p.waitForFinished(5000);
    QSettings after(config + "/ActivationExplorer/activation-explorer.conf", QSettings::IniFormat);
    QCOMPARE(after.value(SettingsKeys::rejectedScene).toString().toUtf8(), bad);
    QVERIFY(!after.contains(SettingsKeys::lastScene));
}

// A file manager starts the program with the file as its only argument.
void TestCli::sceneFileAsOnlyArgument() {
    const ParsedCommandLine parsed =
        parseCommandLine({QStringLiteral("activation-explorer"), QStringLiteral("lesson3.json")});
    QVERIFY2(parsed.command, qPrintable(parsed.error));
    QCOMPARE(parsed.command->mode, CommandLine::Mode::Window);
    QCOMPARE(parsed.command->openPath, QStringLiteral("lesson3.json"));
    const ParsedCommandLine plain = parseCommandLine({QStringLiteral("activation-explorer")});
    QVERIFY(plain.command);
    QVERIFY(plain.command->openPath.isEmpty());
}

// The figure's theme and size come from --scene, and --theme / --size override them.
void TestCli::sceneFileFigureOptions_data() {
    QTest::addColumn<bool>("withScene");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("theme");
    QTest::addColumn<QSize>("size");
    QTest::newRow("no scene: defaults") << false << QStringList{} << "light" << QSize(1200, 800);
    QTest::newRow("no scene, --theme --size")
        << false << QStringList{"--theme", "print", "--size", "320x240"} << "print"
        << QSize(320, 240);
    QTest::newRow("scene alone") << true << QStringList{} << "dark" << QSize(640, 480);
    QTest::newRow("--theme overrides scene")
        << true << QStringList{"--theme", "print"} << "print" << QSize(640, 480);
    QTest::newRow("--size overrides scene")
        << true << QStringList{"--size", "300x200"} << "dark" << QSize(300, 200);
}

void TestCli::sceneFileFigureOptions() {
    QFETCH(bool, withScene);
    QFETCH(QStringList, options);
    QFETCH(QString, theme);
    QFETCH(QSize, size);
    QVERIFY(writeAll(path("scene.json"),
                     R"({"format":"activation-explorer-scene","version":1,"theme":"dark",)"
                     R"("export":{"width":640,"height":480}})"));
    QStringList args{"activation-explorer", "--export", path("out.png")};
    if (withScene) args << "--scene" << path("scene.json");
    const ParsedCommandLine parsed = parseCommandLine(args + options);
    QVERIFY2(parsed.command, qPrintable(parsed.error));
    QCOMPARE(parsed.command->figure.theme, theme);
    QCOMPARE(parsed.command->figure.size, size);
    QCOMPARE(parsed.command->figure.scale, 1.0);
}

// ---------------------------------------------------------------------------------------------
// --properties: the same analysis as the window's properties panel, as text and JSON.

void TestCli::propertiesText_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("contains");
    QTest::newRow("swish beta=1") << QStringList{"--properties", "swish"}
                                  << QStringList{"Swish (β = 1)", "Range: [−0.27846, ∞)",
                                                 "f′ < 0 on (−∞, −1.2785)",
                                                 "minimum f(−1.2785) = −0.27846"};
    QTest::newRow("swish beta=2 moves the minimum")
        << QStringList{"--properties", "swish", "--param", "swish.beta=2"}
        << QStringList{"Range: [−0.13923, ∞)", "minimum f(−0.63923) = −0.13923"};
    QTest::newRow("relu") << QStringList{"--properties", "relu"}
                          << QStringList{"Range: [0, ∞)", "kinks (f′ jumps) at x = 0", "f′(0): 0",
                                         "saturates on the left (hard)"};
    QTest::newRow("tanh") << QStringList{"--properties", "tanh"}
                          << QStringList{"Range: (−1, 1)", "yes: odd", "C∞",
                                         "saturates on both sides (soft)",
                                         "Monotonic: yes, strictly increasing"};
    // Saturation bands follow --x-range and --epsilon (default view −8:8, ε = 0.01).
    QTest::newRow("sigmoid bands, default view")
        << QStringList{"--properties", "sigmoid"}
        << QStringList{"Vanishing gradient (ε = 0.01, x in [−8, 8]): |f′| < 0.01 for x < −4.585 "
                       "and for x > 4.585"};
    QTest::newRow("sigmoid bands at ±5000")
        << QStringList{"--properties", "sigmoid", "--x-range=-5000:5000"}
        << QStringList{"x in [−5000, 5000]): |f′| < 0.01 for x < −4.585 and for x > 4.585"};
    QTest::newRow("sigmoid at ε = 0.3: everywhere")
        << QStringList{"--properties", "sigmoid", "--epsilon", "0.3"}
        << QStringList{"|f′| < 0.3 everywhere in view"};
    QTest::newRow("leaky relu at ε = 0.05: nowhere")
        << QStringList{"--properties", "leaky_relu", "--epsilon", "0.05"}
        << QStringList{"|f′| ≥ 0.05 everywhere in view"};
    QTest::newRow("mish dip at ε = 0.1 in a wide view")
        << QStringList{"--properties", "mish", "--epsilon", "0.1", "--x-range=-5000:5000"}
        << QStringList{"for −1.833 < x < −0.892 (around a stationary point)", "x < −2.828"};
    QTest::newRow("relu hard band exact")
        << QStringList{"--properties", "relu"} << QStringList{"f′ = 0 for x ≤ 0"};
    QTest::newRow("hardswish hard band open at -3")
        << QStringList{"--properties", "hardswish"}
        << QStringList{"f′ = 0 for x < −3", "f′ < 0 on [−3, −1.5)", "max |f′|: 1.5 at x = 3"};
    QTest::newRow("softplus sup not reached")
        << QStringList{"--properties", "softplus"}
        << QStringList{"sup |f′|: 1, approached as x → ∞ but never reached"};
    QTest::newRow("tanhshrink sup on both sides")
        << QStringList{"--properties", "tanhshrink"}
        << QStringList{"sup |f′|: 1, approached as x → −∞ and as x → ∞ but never reached"};
    QTest::newRow("elu reaches 1 on [0, inf)")
        << QStringList{"--properties", "elu"} << QStringList{"max |f′|: 1 for x ∈ [0, ∞)"};
    QTest::newRow("softshrink both sides")
        << QStringList{"--properties", "softshrink"}
        << QStringList{"max |f′|: 1 for x ∈ (−∞, −0.5) ∪ (0.5, ∞)",
                       "yes, non-decreasing (constant on some intervals)"};
    QTest::newRow("step image") << QStringList{"--properties", "step"}
                                << QStringList{"Range: {0, 1}"};
    QTest::newRow("hardshrink image") << QStringList{"--properties", "hardshrink"}
                                      << QStringList{"Range: (−∞, −0.5) ∪ {0} ∪ (0.5, ∞)"};
}

void TestCli::propertiesText() {
    QFETCH(QStringList, args);
    QFETCH(QStringList, contains);
    const Run r = runApp(m_dir->path(), args);
    QCOMPARE(r.code, 0);
    const QString out = QString::fromUtf8(r.out);
    for (const QString& c : contains)
        QVERIFY2(out.contains(c), qPrintable(c + " not in:\n" + out));
}

void TestCli::propertiesJson() {
    const Run r =
        runApp(m_dir->path(), {"--properties", "swish", "--param", "swish.beta=1.5", "--json"});
    QCOMPARE(r.code, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject o = doc.object();
    QCOMPARE(o["id"].toString(), QString("swish"));
    QCOMPARE(o["parameters"].toObject()["beta"].toDouble(), 1.5);
    QVERIFY(std::fabs(o["range"].toObject()["lower"].toDouble() + 0.2784645428 / 1.5) < 1e-9);
    QCOMPARE(o["range"].toObject()["upper"].toString(), QString("inf"));
    QCOMPARE(o["monotonic"].toBool(), false);
    QCOMPARE(o["extrema"].toArray().size(), 1);
    QCOMPARE(o["saturation"].toObject()["left"].toString(), QString("soft"));
    QCOMPARE(o["monotonicity"].toString(), QString("none"));
}

void TestCli::propertiesJsonBands() {
    const Run r = runApp(m_dir->path(), {"--properties", "mish", "--epsilon", "0.1",
                                         "--x-range=-5000:5000", "--json"});
    QCOMPARE(r.code, 0);
    const QJsonObject v = QJsonDocument::fromJson(r.out).object()["vanishing"].toObject();
    QCOMPARE(v["epsilon"].toDouble(), 0.1);
    QCOMPARE(v["xRange"].toArray()[0].toDouble(), -5000.0);
    const QJsonArray bands = v["bands"].toArray();
    QCOMPARE(bands.size(), 2);
    QCOMPARE(bands[0].toObject()["clippedLeft"].toBool(), true);
    QCOMPARE(bands[0].toObject()["tail"].toBool(), true);
    // The dip around Mish's minimum, edges where |f'| = 0.1 (mpmath: −1.8334398761458635,
    // −0.8910183719290384).
    QVERIFY(std::fabs(bands[1].toObject()["lo"].toDouble() + 1.8334398761458635) < 1e-14);
    QVERIFY(std::fabs(bands[1].toObject()["hi"].toDouble() + 0.8910183719290384) < 1e-14);
    QCOMPARE(bands[1].toObject()["tail"].toBool(), false);
    const QJsonObject step =
        QJsonDocument::fromJson(runApp(m_dir->path(), {"--properties", "step", "--json"}).out)
            .object();
    QCOMPARE(step["range"].toObject()["image"].toArray().size(), 2);
}

void TestCli::propertiesUsageErrors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown function") << QStringList{"--properties", "softmax"} << "softmax";
    QTest::newRow("json alone") << QStringList{"--json"} << "--json";
    QTest::newRow("bad param") << QStringList{"--properties", "swish", "--param", "swish.beta=-1"}
                               << "swish.beta";
}

void TestCli::propertiesUsageErrors() {
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const Run r = runApp(m_dir->path(), args);
    QCOMPARE(r.code, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(mentions), r.err.constData());
}

void TestCli::chineseLocaleSpeaksChinese() {
    // The embedded zh_CN catalogue follows the system locale; numbers and CSV stay C-locale.
    const std::map<QString, QString> zh{{"LANG", "zh_CN.UTF-8"}, {"LC_ALL", "zh_CN.UTF-8"}};
    const Run bad = runApp(m_dir->path(), {"--x-range", "3:1", "--csv", "-"}, zh);
    QCOMPARE(bad.code, 2);
    QVERIFY2(QString::fromUtf8(bad.err).contains("最小值必须小于最大值"), bad.err.constData());
    const Run props = runApp(m_dir->path(), {"--properties", "tanh"}, zh);
    QVERIFY(QString::fromUtf8(props.out).contains("值域: (−1, 1)"));
    const Run csv = runApp(m_dir->path(), {"--csv", "-", "--functions", "tanh", "--at", "0.5"}, zh);
    QCOMPARE(csv.out, QByteArray("function,x,f,df,d2f\ntanh,0.5,") +
                          QByteArray::fromStdString(ae::formatNumber(std::tanh(0.5))) + "," +
                          QByteArray::fromStdString(ae::formatNumber(
                              ae::evaluate(*ae::findActivation("tanh"), 0.5, {}).df)) +
                          "," +
                          QByteArray::fromStdString(ae::formatNumber(
                              ae::evaluate(*ae::findActivation("tanh"), 0.5, {}).d2f)) +
                          "\n");
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
