// What the window shows is legible and true: every character it draws exists in the installed
// fonts, tick labels use the Unicode minus, the selected curve is on top, the wheel scrolls the
// control pane instead of turning values under the pointer, and during a parameter sweep the
// legend, properties panel, saturation sentence and hover readout state one β.
#include "model/analysismodel.h"
#include "model/names.h"
#include "model/parameteranimator.h"
#include "model/scene.h"
#include "plot/hoverreadout.h"
#include "plot/plotlayers.h"
#include "plot/plotrenderer.h"
#include "plot/saturationoverlay.h"
#include "plot/teachingoverlay.h"
#include "widgets/mainwindow.h"
#include "widgets/parameterpanel.h"
#include "widgets/plotview.h"
#include "widgets/propertiespanel.h"

#include "core/saturation.h"

#include <qcustomplot.h>

#include <QAbstractButton>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QRawFont>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextLayout>
#include <QToolButton>
#include <QtTest>

using namespace ae;

namespace {
QString plain(const QString& text) {
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

// As read: rich text as plain text, no-break spaces as spaces, word joiners dropped.
QString readable(const QString& text) {
    return plain(text).replace(QChar(0xA0), ' ').remove(QChar(0x2060));
}

// β's value as a text states it: "Swish (β = 1.23)" → "1.23".
QString betaIn(QString text) {
    text.replace(QChar(0xA0), ' ').remove(QChar(0x2060));
    const auto m = QRegularExpression(QStringLiteral("Swish \\(β = ([^)]+)\\)")).match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}
} // namespace

class TestDisplay : public QObject {
    Q_OBJECT
  private slots:
    void init();
    void cleanup();
    void everyDrawnCharacterIsInTheFonts();
    void tickLabelsUseTheUnicodeMinus();
    void selectedCurveIsDrawnOnTop();
    void wheelScrollsThePaneUnlessTheControlHasFocus();
    void sweepFramesStateOneBeta();
    void replotsDrawOneBeta();
    void hoverReadoutFollowsParametersAndHidesOnLeave();
    void wrappedTextsNeverBreakAnExpression_data();
    void wrappedTextsNeverBreakAnExpression();
    void labelsNeverOverlap_data();
    void labelsNeverOverlap();
    void viewBoxesShowAndTakeAnyValue();

  private:
    QStringList drawnTexts();
    Scene* m_scene = nullptr;
    MainWindow* m_window = nullptr;
    PlotRenderer* plot() const { return m_window->plotView()->renderer(); }
    // The window analyses on a worker; the overlays follow when its result is in.
    void settle() { m_window->analysisModel()->waitForCurrent(); }
};

void TestDisplay::init() {
    m_scene = new Scene;
    m_window = new MainWindow(m_scene, nullptr);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestDisplay::cleanup() {
    delete m_window;
    delete m_scene;
}

// Every text the window draws now: widgets, menus, tool tips, and every text of the plot.
QStringList TestDisplay::drawnTexts() {
    plot()->plot()->replot();
    QStringList texts;
    for (QWidget* w : m_window->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(m_window)) continue;
        texts << w->toolTip() << w->windowTitle();
        if (auto* l = qobject_cast<QLabel*>(w)) texts << plain(l->text());
        if (auto* b = qobject_cast<QAbstractButton*>(w)) texts << b->text();
        if (auto* g = qobject_cast<QGroupBox*>(w)) texts << g->title();
        if (auto* e = qobject_cast<QLineEdit*>(w)) texts << e->text() << e->placeholderText();
        if (auto* s = qobject_cast<QDoubleSpinBox*>(w)) texts << s->text();
        if (auto* c = qobject_cast<QComboBox*>(w))
            for (int i = 0; i < c->count(); ++i)
                texts << c->itemText(i);
    }
    for (QAction* a : m_window->menuBar()->actions()) {
        texts << a->text().remove('&');
        if (a->menu())
            for (QAction* b : a->menu()->actions())
                texts << b->text().remove('&') << b->toolTip();
    }
    QCustomPlot* cp = plot()->plot();
    for (int i = 0; i < cp->itemCount(); ++i)
        if (auto* t = qobject_cast<QCPItemText*>(cp->item(i)); t && t->visible())
            texts << t->text();
    for (int i = 0; i < cp->plottableCount(); ++i)
        texts << cp->plottable(i)->name();
    for (QCPAxisRect* r : cp->axisRects())
        for (QCPAxis* a : r->axes())
            texts << a->label() << a->tickVectorLabels().toList();
    return texts;
}

// A character is drawable when the widget's font or one of the installed families the app
// relies on (fonts-dejavu-core, fonts-noto-cjk) has a glyph for it.
void TestDisplay::everyDrawnCharacterIsInTheFonts() {
    const QList<QRawFont> fonts{QRawFont::fromFont(m_window->font()),
                                QRawFont::fromFont(QFont("DejaVu Sans")),
                                QRawFont::fromFont(QFont("DejaVu Sans Mono")),
                                QRawFont::fromFont(QFont("Noto Sans CJK SC"))};
    for (const QRawFont& f : fonts)
        QVERIFY(f.isValid());
    QSet<uint> seen;
    auto check = [&](const QStringList& texts, const QString& where) {
        for (const QString& text : texts)
            for (uint c : text.toUcs4()) {
                if (c < 0x20 || seen.contains(c)) continue;
                seen.insert(c);
                bool found = false;
                for (const QRawFont& f : fonts)
                    found = found || f.supportsCharacter(c);
                QVERIFY2(found, qPrintable(QString("U+%1 in “%2” (%3) is in no installed font")
                                               .arg(c, 4, 16, QChar('0'))
                                               .arg(text, where)));
            }
    };
    // Every function selected in turn, with a sweep running (the pause button) and the hover
    // readout shown, so every overlay, sentence and property text is drawn once.
    for (const QString& id : m_scene->functionIds()) {
        m_scene->setEnabled(id, true);
        m_scene->setSelected(id);
        plot()->readout()->showAt(-1.0);
        QTRY_VERIFY2(readable(m_window->propertiesPanel()->text())
                         .contains(QCoreApplication::translate(
                             "Activation", m_scene->activation(id)->name.c_str())),
                     qPrintable(id));
        check(drawnTexts(), id);
    }
    m_window->parameterPanel()->playButton("swish.beta")->click();
    QVERIFY(m_window->parameterPanel()->animator()->isRunning());
    check(drawnTexts(), "sweep running");
    QVERIFY(seen.contains(0x2212) && seen.contains(0x3B2) && seen.contains(0x2032));
}

void TestDisplay::tickLabelsUseTheUnicodeMinus() {
    m_scene->setRange(-7.5, 7.5);
    plot()->plot()->replot();
    for (int order : {0, 1}) {
        QCPAxisRect* r = plot()->panel(order);
        for (QCPAxis* axis : {r->axis(QCPAxis::atBottom), r->axis(QCPAxis::atLeft)})
            for (const QString& label : axis->tickVectorLabels())
                QVERIFY2(!label.contains('-'), qPrintable(label));
    }
    const QStringList x = plot()->panel(1)->axis(QCPAxis::atBottom)->tickVectorLabels().toList();
    QVERIFY2(x.contains(QString("−5")), qPrintable(x.join(' ')));
}

// Leaky ReLU and ReLU share f′ = 1 for x > 0: the selected one must be the visible one.
void TestDisplay::selectedCurveIsDrawnOnTop() {
    for (const char* id : {"relu", "leaky_relu"}) {
        m_scene->setSelected(id);
        settle(); // the new selection is drawn with its analysis
        QCustomPlot* cp = plot()->plot();
        cp->replot();
        QCPGraph* selected = plot()->graph(id, 1);
        for (const QString& other : m_scene->enabledIds()) {
            if (other == id) continue;
            QCPGraph* g = plot()->graph(other, 1);
            QVERIFY(selected->layer()->index() > g->layer()->index());
        }
        // And in pixels: on f′ = 1 at x = 4 the colour is the selected curve's.
        const QImage img = cp->toPixmap().toImage();
        const QPointF at(selected->keyAxis()->coordToPixel(4),
                         selected->valueAxis()->coordToPixel(1));
        const QColor want = selected->pen().color();
        bool found = false;
        for (int dy = -1; dy <= 1 && !found; ++dy)
            found = QColor(img.pixel(at.toPoint() + QPoint(0, dy))) == want;
        QVERIFY2(found, id);
    }
}

void TestDisplay::wheelScrollsThePaneUnlessTheControlHasFocus() {
    m_window->resize(1280, 520); // the control pane scrolls
    m_scene->setEnabled("leaky_relu", true);
    auto* scroll = m_window->findChild<QScrollArea*>("controlsScroll");
    QVERIFY(scroll);
    QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 0);
    QSlider* slider = m_window->parameterPanel()->slider("leaky_relu.a");
    QDoubleSpinBox* spin = m_window->parameterPanel()->spinBox("leaky_relu.a");
    m_window->functionFilter()->setFocus();
    const double a = m_scene->parameter("leaky_relu", "a");
    for (QWidget* w : {static_cast<QWidget*>(slider), static_cast<QWidget*>(spin)}) {
        QVERIFY(!w->hasFocus());
        scroll->verticalScrollBar()->setValue(0);
        const QPoint c = w->rect().center();
        QWheelEvent wheel(c, w->mapToGlobal(c), QPoint(), QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(w, &wheel);
        QCOMPARE(m_scene->parameter("leaky_relu", "a"), a);
        QVERIFY(scroll->verticalScrollBar()->value() > 0);
    }
    // A focused control takes the wheel.
    QCOMPARE(slider->focusPolicy(), Qt::StrongFocus);
    slider->setFocus();
    QTRY_VERIFY(slider->hasFocus());
    const QPoint c = slider->rect().center();
    QWheelEvent wheel(c, slider->mapToGlobal(c), QPoint(), QPoint(0, -120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(slider, &wheel);
    QVERIFY(m_scene->parameter("leaky_relu", "a") != a);
}

// Every frame painted during a sweep: legend, properties panel, saturation sentence and hover
// readout agree on β (the texts are refreshed together, from one state).
void TestDisplay::sweepFramesStateOneBeta() {
    m_scene->setSelected("swish");
    QTRY_VERIFY(m_window->propertiesPanel()->text().contains("Swish"));
    plot()->readout()->showAt(1.0);
    ParameterAnimator* animator = m_window->parameterPanel()->animator();
    animator->start("swish", "beta");
    QCPGraph* legend = plot()->graph("swish", 0);
    int frames = 0, moved = 0, current = 0;
    QString last;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 1500) {
        QTest::qWait(7);
        const QString b = betaIn(legend->name());
        QVERIFY(!b.isEmpty());
        QCOMPARE(betaIn(plain(m_window->propertiesPanel()->text())), b);
        QCOMPARE(betaIn(m_window->saturationLabel()->text()), b);
        QCOMPARE(betaIn(plot()->readout()->text()), b);
        // …and they are not behind the curve: the β the curve was drawn with, as the legend
        // formats it. The analysis runs on a worker: while a newer β is being analysed, the plot
        // still holds the frame of the previous one, which the texts state.
        if (m_window->analysisModel()->isCurrent()) {
            QCOMPARE(b, betaIn(legendName(*m_scene, "swish")));
            ++current;
        } else {
            QVERIFY(plot()->isHolding());
        }
        ++frames;
        if (b != last) ++moved;
        last = b;
    }
    animator->stop();
    QVERIFY(moved >= 3); // β did move during the check
    QVERIFY(frames > 20);
    // Some frames had their analysis in, so the check above is not vacuous. How many depends on
    // the machine: under the sanitizers the analysis often outlasts a 33 ms sweep tick.
    QVERIFY2(current >= 3, qPrintable(QString("%1 of %2").arg(current).arg(frames)));
    // And they all end on the final value.
    const QString final = QString::number(m_scene->parameter("swish", "beta"));
    QTRY_COMPARE(betaIn(legend->name()), final);
    QTRY_COMPARE(betaIn(plain(m_window->propertiesPanel()->text())), final);
    QTRY_COMPARE(betaIn(plot()->readout()->text()), final);
}

// Every replot after β steps — one at a time, and several within one event-loop turn — draws one
// β: the legend's, the curve's (its samples are Swish at that β) and the saturation bands' (the
// edges of the intervals core finds for that β). The analysis arrives from the worker; a replot
// before it must still show the previous β everywhere.
void TestDisplay::replotsDrawOneBeta() {
    m_scene->setSelected("swish");
    QSlider* slider = m_window->parameterPanel()->slider("swish.beta");
    QVERIFY(slider);
    const Activation* swish = m_scene->activation("swish");
    QCPGraph* curve = plot()->graph("swish", 0);
    int checked = 0, withBands = 0;
    QStringList problems;
    auto check = [&] {
        const QString text = betaIn(curve->name());
        bool ok = false;
        const double beta = text.toDouble(&ok);
        if (!ok) return problems << "legend: " + curve->name(), void();
        const double p[] = {beta};
        // The curve: every drawn vertex lies on Swish at the legend's β (to rounding of the
        // printed β, far below one slider step's change).
        for (auto it = curve->data()->constBegin(); it != curve->data()->constEnd(); ++it) {
            if (!std::isfinite(it->value)) continue;
            const double want = evaluate(*swish, it->key, p).f;
            if (std::abs(it->value - want) > 1e-6 * (1 + std::abs(want)))
                return problems << QString("β %1: curve at x = %2 is %3, not %4")
                                       .arg(text)
                                       .arg(it->key)
                                       .arg(it->value)
                                       .arg(want),
                       void();
        }
        // The bands: the intervals of that β.
        const auto want =
            vanishingIntervals(*swish, p, m_scene->xMin(), m_scene->xMax(), m_scene->epsilon());
        const QList<QCPItemRect*> bands = plot()->overlay()->bands();
        if (plot()->overlaysHidden() && bands.isEmpty()) { // no bands rather than stale ones
            ++checked;
            return;
        }
        ++withBands;
        if (std::size_t(bands.size()) != want.size())
            return problems << QString("β %1: %2 bands, %3 intervals")
                                   .arg(text)
                                   .arg(bands.size())
                                   .arg(want.size()),
                   void();
        for (std::size_t i = 0; i < want.size(); ++i) {
            const double lo = bands[int(i)]->topLeft->coords().x();
            const double hi = bands[int(i)]->bottomRight->coords().x();
            if (std::abs(lo - want[i].lo) > 1e-6 || std::abs(hi - want[i].hi) > 1e-6)
                problems << QString("β %1: band [%2, %3], interval [%4, %5]")
                                .arg(text)
                                .arg(lo)
                                .arg(hi)
                                .arg(want[i].lo)
                                .arg(want[i].hi);
        }
        ++checked;
    };
    connect(plot()->plot(), &QCustomPlot::afterReplot, this, check);
    const int start = slider->value();
    // At least 40 steps, and on until enough frames were checked: a loaded machine (sanitizers,
    // parallel tests) draws fewer frames per step, so the count must not depend on its speed.
    // β goes up and down between 1 and 2.5.
    for (int i = 1; i <= 40 || (checked < 6 && i <= 1000); ++i) {
        const int tick = start + 3 * (i % 100 < 50 ? i % 100 : 100 - i % 100);
        slider->setValue(tick);
        if (i % 4 == 0) slider->setValue(tick + 1); // two steps in one turn
        // 2–10 ms apart: a drag's mouse events come no faster (a wait of 0 would hand the worker
        // a new generation before it can finish one, and leave nothing to check).
        QTest::qWait(2 + 4 * (i % 3));
    }
    QTRY_VERIFY(m_window->analysisModel()->isCurrent() && !plot()->isHolding());
    QTRY_COMPARE(betaIn(curve->name()), betaIn(legendName(*m_scene, "swish")));
    plot()->plot()->replot();
    disconnect(plot()->plot(), &QCustomPlot::afterReplot, this, nullptr);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 5).join('\n')));
    QVERIFY2(checked >= 5, qPrintable(QString::number(checked))); // queued replots coalesce steps
    // Steps this close outrun the worker now and then (about 2.4 ms an analysis): frames then go
    // without bands, never with stale ones. The last one, after the analysis is in, carries bands.
    QVERIFY2(withBands >= 1, qPrintable(QString("%1 of %2").arg(withBands).arg(checked)));
}

void TestDisplay::hoverReadoutFollowsParametersAndHidesOnLeave() {
    m_scene->setSelected("swish");
    HoverReadout* readout = plot()->readout();
    readout->showAt(1.0);
    QVERIFY(readout->text().contains("β = 1)"));
    m_scene->setParameter("swish", "beta", 2.0);
    // swish(1; β = 2) = 1 / (1 + e^−2) = 0.880797
    QTRY_VERIFY2(readout->text().contains("0.880797"), qPrintable(readout->text()));
    QVERIFY(readout->text().contains("β = 2)"));
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(plot()->plot(), &leave);
    QVERIFY(!readout->isShown());
    QVERIFY(readout->text().isEmpty());
    QVERIFY(!readout->tangent()->visible());
    m_scene->setParameter("swish", "beta", 3.0); // a hidden readout stays hidden
    QTest::qWait(250);
    QVERIFY(readout->text().isEmpty());
}

void TestDisplay::wrappedTextsNeverBreakAnExpression_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("epsilon");
    for (const char* id : {"sigmoid", "swish", "mish", "gelu", "leaky_relu", "hardshrink", "elu"})
        for (double eps : {0.01, 0.1, 0.5})
            QTest::addRow("%s eps=%g", id, eps) << QString(id) << eps;
}

// "x > 1.818" wrapped as "x" / "> 1.818": no line of the sentence or of the properties may
// start or end at a relation or operator, nor break inside |f′|.
void TestDisplay::wrappedTextsNeverBreakAnExpression() {
    QFETCH(QString, id);
    QFETCH(double, epsilon);
    m_scene->setEnabled(id, true);
    m_scene->setSelected(id);
    m_scene->setEpsilon(epsilon);
    QTRY_VERIFY(plain(m_window->propertiesPanel()->text())
                    .startsWith(QCoreApplication::translate(
                        "Activation", m_scene->activation(id)->name.c_str())));
    const QString ops = QStringLiteral("<>=≈≤≥→∪−+");
    // Raw text: toPlainText() would turn the no-break spaces into plain ones.
    QTextDocument doc;
    doc.setHtml(m_window->propertiesPanel()->text());
    const QStringList texts{m_window->saturationLabel()->text(), doc.toRawText()};
    for (const QString& text : texts) {
        static const QRegularExpression separators(QStringLiteral("[\n\u2028\u2029]"));
        for (const QString& paragraph : text.split(separators)) {
            for (int width = 40; width <= 420; width += 9) {
                QTextLayout layout(paragraph, m_window->saturationLabel()->font());
                QTextOption option;
                option.setWrapMode(QTextOption::WordWrap);
                layout.setTextOption(option);
                layout.beginLayout();
                QList<int> starts;
                bool overflow = false;
                for (QTextLine line = layout.createLine(); line.isValid();
                     line = layout.createLine()) {
                    line.setLineWidth(width);
                    starts << line.textStart();
                    overflow = overflow || line.naturalTextWidth() > width + 0.5;
                }
                layout.endLayout();
                if (overflow) continue;
                // A line narrower than one expression must break it somewhere: only widths
                // where every unbreakable stretch fits are checked.
                const QFontMetricsF fm(m_window->saturationLabel()->font());
                double widest = 0;
                for (const QString& chunk : paragraph.split(' '))
                    widest = std::max(widest, fm.horizontalAdvance(chunk));
                if (widest > width) continue;
                for (int s : starts) {
                    if (s == 0) continue;
                    int before = s - 1;
                    while (before > 0 && paragraph[before].isSpace() &&
                           paragraph[before] != QChar(0xA0))
                        --before;
                    // A line that starts with a no-break space or word joiner still starts an
                    // operator's side: look past them ("|f′|" / " < 0.01" was missed).
                    int first = s;
                    while (first + 1 < paragraph.size() &&
                           (paragraph[first] == QChar(0xA0) || paragraph[first] == QChar(0x2060)))
                        ++first;
                    const QChar next = paragraph[first], last = paragraph[before];
                    const QString where =
                        QString("“%1” / “%2” at %3 px")
                            .arg(paragraph.left(s).right(20), paragraph.mid(s, 20))
                            .arg(width);
                    QVERIFY2(!ops.contains(next) || next == QChar(0x2212), qPrintable(where));
                    QVERIFY2(!ops.contains(last) || last == QChar(0x2212), qPrintable(where));
                    QVERIFY2(!(last == '|' && paragraph.left(before).count('|') % 2 == 0),
                             qPrintable(where));
                }
            }
        }
    }
}

void TestDisplay::labelsNeverOverlap_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("epsilon");
    QTest::addColumn<double>("hoverX");
    QTest::newRow("default") << "sigmoid" << 0.01 << 0.0;
    QTest::newRow("swish") << "swish" << 0.01 << 7.0;
    QTest::newRow("swish eps=0.1") << "swish" << 0.1 << 7.0;
    QTest::newRow("swish eps=0.3") << "swish" << 0.3 << -1.0;
    QTest::newRow("mish eps=0.1") << "mish" << 0.1 << 7.0;
    QTest::newRow("mish eps=0.2") << "mish" << 0.2 << -3.0;
}

// The extremum label used to sit on the band-edge label, and the hover box on "β → ∞: ReLU".
void TestDisplay::labelsNeverOverlap() {
    QFETCH(QString, id);
    QFETCH(double, epsilon);
    QFETCH(double, hoverX);
    m_scene->setSelected(id);
    m_scene->setEpsilon(epsilon);
    settle();
    for (int withHover = 0; withHover < 2; ++withHover) {
        if (withHover) plot()->readout()->showAt(hoverX);
        QCustomPlot* cp = plot()->plot();
        cp->replot();
        QList<QPair<QString, QRectF>> rects;
        rects << qMakePair(QString("legend"), QRectF(cp->legend->outerRect()));
        if (withHover) {
            QVERIFY(plot()->readout()->isShown());
            rects << qMakePair(QString("hover box"), plot()->readout()->boxRect());
        }
        // The extremum rings too: at ε = 0.1 Swish's ring sat on the "x ≈ −0.912" label.
        for (const QRectF& ring : plot()->teaching()->obstacles())
            rects << qMakePair(QString("extremum ring"), ring);
        int shown = 0;
        for (QCPItemText* t : plot()->labels()) {
            if (!t->visible()) continue;
            ++shown;
            const QRectF r =
                QRectF(t->topLeft->pixelPosition(), t->bottomRight->pixelPosition()).normalized();
            QVERIFY2(QRectF(t->clipAxisRect()->rect()).contains(r), qPrintable(t->text()));
            rects << qMakePair(t->text(), r);
        }
        QVERIFY(shown >= 2);
        for (int i = 0; i < rects.size(); ++i)
            for (int j = i + 1; j < rects.size(); ++j)
                QVERIFY2(
                    !rects[i].second.intersects(rects[j].second),
                    qPrintable(QString("“%1” overlaps “%2”").arg(rects[i].first, rects[j].first)));
    }
}

// The ε box showed 0.0001 for a scene's 1e−6 and silently turned a typed 0.00001 back into 0.01;
// the x-range boxes printed "-8.000" with a hyphen.
void TestDisplay::viewBoxesShowAndTakeAnyValue() {
    auto* eps = m_window->findChild<QDoubleSpinBox*>("epsilon");
    auto* xMin = m_window->findChild<QDoubleSpinBox*>("xMin");
    QVERIFY(eps && xMin);
    QCOMPARE(xMin->text(), QString("−8"));
    m_scene->setEpsilon(1e-6);
    QCOMPARE(eps->text(), QString("1e−6"));
    eps->setFocus();
    eps->selectAll();
    QTest::keyClicks(eps, "0.00001");
    QTest::keyClick(eps, Qt::Key_Return);
    QCOMPARE(m_scene->epsilon(), 1e-5);
    QCOMPARE(eps->text(), QString("1e−5"));
    // Arrow keys step by a factor (four steps a decade), not by a fixed 0.001.
    QTest::keyClick(eps, Qt::Key_Up);
    QVERIFY2(m_scene->epsilon() > 1e-5 && m_scene->epsilon() < 2e-5,
             qPrintable(QString::number(m_scene->epsilon())));
    // A typed Unicode minus is read too.
    xMin->setFocus();
    xMin->selectAll();
    QKeyEvent minus(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(QChar(0x2212)));
    QApplication::sendEvent(xMin, &minus);
    QTest::keyClicks(xMin, "3.5");
    QTest::keyClick(xMin, Qt::Key_Return);
    QCOMPARE(m_scene->xMin(), -3.5);
}

QTEST_MAIN(TestDisplay)
#include "tst_display.moc"
