// A function added while the app runs (as a typed formula will be) shows up everywhere a built-in
// does — list, parameters, curves, legend, colours, properties, bands, figures, CSV, the command
// line's suggestions — and leaves every one of them when it is removed.
#include "cli/cliwords.h"
#include "cli/headless.h"
#include "model/analysismodel.h"
#include "model/scene.h"
#include "plot/figure.h"
#include "plot/plotrenderer.h"
#include "widgets/functionlist.h"
#include "widgets/mainwindow.h"
#include "widgets/parameterpanel.h"
#include "widgets/plotview.h"
#include "widgets/propertiespanel.h"

#include "gaussgate.h"

#include <qcustomplot.h>

#include <QGroupBox>
#include <QSignalSpy>
#include <QSlider>
#include <QtTest>

#include <cmath>

using namespace ae;

namespace {
const QString id = QStringLiteral("test_gate");

QStringList legendNames(QCustomPlot* plot) {
    QStringList names;
    for (int i = 0; i < plot->legend->itemCount(); ++i)
        if (auto* item = qobject_cast<QCPPlottableLegendItem*>(plot->legend->item(i)))
            names << item->plottable()->name();
    return names;
}

QString svgText(Scene& scene) {
    FigureOptions options;
    options.size = QSize(800, 600);
    QString error;
    const QByteArray svg = renderFigure(scene, options, FigureFormat::Svg, &error);
    return QString::fromUtf8(svg);
}

QByteArray csv(const Scene& scene, const QStringList& functions) {
    CommandLine cmd;
    cmd.mode = CommandLine::Mode::Csv;
    cmd.state = scene.state();
    cmd.state.enabled = functions;
    cmd.at = std::vector<double>{1.0};
    QByteArray out;
    writeCsv(cmd, scene.registry(), [&](std::string_view chunk) {
        out.append(chunk.data(), qsizetype(chunk.size()));
        return true;
    });
    return out;
}
} // namespace

class TestRuntimeFunctions : public QObject {
    Q_OBJECT
  private slots:
    void everyViewFollows();
};

void TestRuntimeFunctions::everyViewFollows() {
    Scene scene;
    MainWindow window(&scene, nullptr);
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.functionList()->itemFor(id));
    QVERIFY(!window.parameterPanel()->slider(id + ".k"));
    QVERIFY(!window.plotView()->renderer()->graph(id, 0));

    QSignalSpy added(&scene, &Scene::functionAdded);
    QVERIFY(scene.addFunction(gaussGate(id.toStdString())));
    QCOMPARE(added.count(), 1);

    // The list: a checked row under "Your functions".
    FunctionList* list = window.functionList();
    QListWidgetItem* row = list->itemFor(id);
    QVERIFY(row);
    QCOMPARE(row->text(), QString("Test gate"));
    QCOMPARE(row->checkState(), Qt::Checked);
    QCOMPARE(list->item(list->row(row) - 1)->text(), QString("Your functions"));
    // …that shows and hides it like any other.
    row->setCheckState(Qt::Unchecked);
    QVERIFY(!scene.isEnabled(id));
    row->setCheckState(Qt::Checked);
    QVERIFY(scene.isEnabled(id));

    // The parameter panel: a slider built from its spec, driving the Scene.
    QSlider* slider = window.parameterPanel()->slider(id + ".k");
    QVERIFY(slider);
    QVERIFY(slider->isVisibleTo(&window));
    slider->setValue(slider->value() + 10); // one step is 0.1
    QCOMPARE(scene.parameter(id, "k"), 3.0);

    // The curves: f, f′ (and f″ when its panel is on) hold its values.
    QCoreApplication::processEvents();
    QCPGraph* f = window.plotView()->renderer()->graph(id, 0);
    QVERIFY(f);
    QVERIFY(window.plotView()->renderer()->graph(id, 1));
    QVERIFY(f->data()->size() > 10);
    bool found = false;
    for (const auto& point : *f->data())
        if (std::fabs(point.key - 1.0) < 0.05) {
            QVERIFY(std::fabs(point.value - 3.0 * point.key * std::exp(-point.key * point.key)) <
                    1e-9);
            found = true;
        }
    QVERIFY(found);
    scene.setDerivativePanels(true, true);
    QVERIFY(window.plotView()->renderer()->graph(id, 2));
    f = window.plotView()->renderer()->graph(id, 0); // the panels were rebuilt

    // The legend names it with its parameter; its pen is its own.
    QTRY_VERIFY(legendNames(window.plotView()->plot()).contains("Test gate (k = 3)"));
    for (const QString& other : scene.enabledIds()) {
        if (other == id) continue;
        const QPen mine = f->pen(), theirs = window.plotView()->renderer()->graph(other, 0)->pen();
        QVERIFY2(mine.color() != theirs.color() || mine.dashPattern() != theirs.dashPattern(),
                 qPrintable(other));
    }

    // Selected: the analysis, the properties panel and the saturation bands are about it.
    scene.setSelected(id);
    QCOMPARE(list->currentItem(), row);
    QTRY_COMPARE(window.analysisModel()->functionId(), id);
    QVERIFY(window.analysisModel()->saturationClass().left);
    QVERIFY(window.analysisModel()->saturationClass().right);
    QVERIFY(!window.analysisModel()->intervals().empty());
    QTRY_VERIFY(window.propertiesPanel()->text().contains("Test gate"));

    // Figures, CSV and the command line's suggestions know it.
    QVERIFY(svgText(scene).contains("Test gate (k = 3)"));
    QVERIFY(csv(scene, {id}).contains(id.toUtf8() + ",1,"));
    QCOMPARE(closestFunctionId("test_gte", scene.registry()), id);

    // Removed: gone from every one of them, and the others are as they were.
    const QStringList othersShown = [&] {
        QStringList ids = scene.enabledIds();
        ids.removeAll(id);
        return ids;
    }();
    QSignalSpy removed(&scene, &Scene::functionRemoved);
    QVERIFY(scene.removeFunction(id));
    QCOMPARE(removed.count(), 1);
    QVERIFY(!list->itemFor(id));
    for (int i = 0; i < list->count(); ++i)
        QVERIFY(list->item(i)->text() != "Your functions"); // no empty group header
    QVERIFY(!window.parameterPanel()->slider(id + ".k"));
    QVERIFY(!window.plotView()->renderer()->graph(id, 0));
    QCoreApplication::processEvents();
    for (const QString& name : legendNames(window.plotView()->plot()))
        QVERIFY2(!name.startsWith("Test gate"), qPrintable(name));
    QCOMPARE(scene.enabledIds(), othersShown);
    for (const QString& other : othersShown)
        QVERIFY(window.plotView()->renderer()->graph(other, 0));
    QTRY_VERIFY(window.analysisModel()->functionId() != id);
    QTRY_VERIFY(!window.propertiesPanel()->text().contains("Test gate"));
    QVERIFY(!svgText(scene).contains("Test gate"));
    QVERIFY(!csv(scene, {id}).contains(id.toUtf8()));
    QVERIFY(closestFunctionId("test_gte", scene.registry()) != id);

    // And it can come back.
    QVERIFY(scene.addFunction(gaussGate(id.toStdString())));
    QVERIFY(window.functionList()->itemFor(id));
    QVERIFY(window.plotView()->renderer()->graph(id, 0));
}

QTEST_MAIN(TestRuntimeFunctions)
#include "tst_runtime_functions.moc"
