// Where the time of `activation-explorer --export` goes, phase by phase, in one process, and what
// a few alternatives would cost (thinner pens, fewer points per curve, other PNG encoder settings).
// A profiling aid for docs/benchmark-export.md; it is not part of the build (bench/CMakeLists.txt
// does not list it). Build against an existing build tree B and run without a display:
//
//   B=build-exportbench
//   g++ -O2 -std=c++20 -fPIC bench/export_phases.cpp -I.
//       $B/plot/libactivation_plot.a $B/model/libactivation_model.a $B/core/libactivation_core.a
//       $(pkg-config --cflags --libs Qt6Widgets Qt6PrintSupport Qt6Svg libpng zlib)
//       -lQCustomPlotQt6 -o /tmp/export_phases && env -u DISPLAY /tmp/export_phases      (one
//       command line)
//
// Every figure after the first render is the median of 9 repetitions, in milliseconds.
#include "model/scene.h"
#include "plot/figure.h"
#include "plot/plotrenderer.h"

// The model PlotRenderer takes was renamed (SaturationModel -> AnalysisModel); build against
// either.
#if __has_include("analysismodel.h")
#include "model/analysismodel.h"
using FigureModel = AnalysisModel;
#else
#include "saturationmodel.h"
using FigureModel = SaturationModel;
#endif

#include <qcustomplot.h>

#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>

#include <png.h>
#include <zlib.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <tuple>
#include <utility>
#include <vector>

using namespace ae;

namespace {

double elapsedMs(const QElapsedTimer& t) {
    return double(t.nsecsElapsed()) / 1e6;
}

double medianMs(const std::function<void()>& f, int n = 9) {
    std::vector<double> v;
    for (int i = 0; i < n; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        v.push_back(elapsedMs(t));
    }
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

void line(const char* what, double ms, qsizetype bytes = -1) {
    if (bytes < 0)
        std::printf("%-46s %8.2f ms\n", what, ms);
    else
        std::printf("%-46s %8.2f ms  %9lld B\n", what, ms, static_cast<long long>(bytes));
}

void appendPng(png_structp p, png_bytep data, png_size_t n) {
    static_cast<QByteArray*>(png_get_io_ptr(p))
        ->append(reinterpret_cast<const char*>(data), qsizetype(n));
}

// PNG through libpng directly, with the row filter and zlib settings Qt's writer does not expose.
QByteArray encodePng(const QImage& source, int filters, int level, int strategy) {
    const QImage img = source.convertToFormat(QImage::Format_RGB888);
    QByteArray out;
    png_structp p = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    png_infop info = png_create_info_struct(p);
    png_set_write_fn(p, &out, appendPng, nullptr);
    png_set_filter(p, 0, filters);
    png_set_compression_level(p, level);
    png_set_compression_strategy(p, strategy);
    png_set_IHDR(p, info, png_uint_32(img.width()), png_uint_32(img.height()), 8,
                 PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
                 PNG_FILTER_TYPE_DEFAULT);
    png_write_info(p, info);
    for (int y = 0; y < img.height(); ++y)
        png_write_row(p, img.constScanLine(y));
    png_write_end(p, info);
    png_destroy_write_struct(&p, &info);
    return out;
}

} // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QElapsedTimer t;
    t.start();
    QApplication app(argc, argv);
    line("QApplication (offscreen)", elapsedMs(t));

    const FigureOptions options; // the default figure: 1200x800, legend, one sample per pixel
    Scene scene;
    t.restart();
    const QImage image = renderFigureImage(scene, options);
    line("renderFigureImage, first call (fonts load)", elapsedMs(t));
    line("renderFigureImage, warm", medianMs([&] { renderFigureImage(scene, options); }));

    {
        // The same construction as figure.cpp's OffscreenPlot, kept here to vary one thing at a
        // time.
        FigureModel model(&scene);
        QCustomPlot offscreen;
        PlotRenderer view(&offscreen, &scene, &model);
        offscreen.setAttribute(Qt::WA_DontShowOnScreen);
        offscreen.resize(options.size);
        view.setSampleCount(options.size.width());
        QCustomPlot* plot = &offscreen;
        auto paint = [&] { plot->toPixmap(options.size.width(), options.size.height(), 1.0); };
        line("  PlotRenderer + plot + model construction", medianMs([&] {
                 FigureModel m(&scene);
                 QCustomPlot p;
                 PlotRenderer v(&p, &scene, &m);
                 p.resize(options.size);
                 v.setSampleCount(options.size.width());
             }));
        line("  QCustomPlot::toPixmap, as exported", medianMs(paint));

        std::vector<QPen> pens;
        for (int i = 0; i < plot->graphCount(); ++i)
            pens.push_back(plot->graph(i)->pen());
        auto restorePens = [&] {
            for (int i = 0; i < plot->graphCount(); ++i)
                plot->graph(i)->setPen(pens[std::size_t(i)]);
        };
        for (int i = 0; i < plot->graphCount(); ++i)
            plot->graph(i)->setVisible(false);
        line("  toPixmap, curves hidden", medianMs(paint));
        for (int i = 0; i < plot->graphCount(); ++i)
            plot->graph(i)->setVisible(true);

        for (int i = 0; i < plot->graphCount(); ++i) {
            QPen p = pens[std::size_t(i)];
            p.setWidthF(1.0);
            plot->graph(i)->setPen(p);
        }
        line("  toPixmap, curve pens 1 px", medianMs(paint));
        for (auto [name, join] :
             {std::pair{"  toPixmap, pens as exported, MiterJoin", Qt::MiterJoin},
              std::pair{"  toPixmap, pens as exported, RoundJoin", Qt::RoundJoin}}) {
            for (int i = 0; i < plot->graphCount(); ++i) {
                QPen p = pens[std::size_t(i)];
                p.setJoinStyle(join);
                plot->graph(i)->setPen(p);
            }
            line(name, medianMs(paint));
        }
        restorePens();
        plot->setNotAntialiasedElements(QCP::aePlottables);
        line("  toPixmap, curves not antialiased", medianMs(paint));
        plot->setNotAntialiasedElements(QCP::aeNone);
        for (int n : {600, 300, 100, 50}) {
            view.setSampleCount(n);
            char what[64];
            std::snprintf(what, sizeof what, "  toPixmap, %d points per curve", n);
            line(what, medianMs(paint));
        }
    }

    QByteArray bytes;
    for (int quality : {-1, 50, 80}) { // Qt maps quality q >= 0 to zlib level (100 - q) * 9 / 91
        const double ms = medianMs([&] {
            bytes.clear();
            QBuffer b(&bytes);
            b.open(QIODevice::WriteOnly);
            image.save(&b, "PNG", quality);
        });
        char what[64];
        std::snprintf(what, sizeof what, "QImage::save PNG, quality %d%s", quality,
                      quality < 0 ? " (as exported)" : "");
        line(what, ms, bytes.size());
    }
    struct Setting {
        const char* name;
        int filters, level, strategy;
    };
    for (const Setting& s :
         {Setting{"libpng: all filters, zlib 6 (Qt's choice)", PNG_ALL_FILTERS, 6,
                  Z_DEFAULT_STRATEGY},
          Setting{"libpng: filter NONE, zlib 6", PNG_FILTER_NONE, 6, Z_DEFAULT_STRATEGY},
          Setting{"libpng: filter SUB, zlib 1", PNG_FILTER_SUB, 1, Z_DEFAULT_STRATEGY},
          Setting{"libpng: filter NONE, zlib 1", PNG_FILTER_NONE, 1, Z_DEFAULT_STRATEGY}}) {
        const double ms =
            medianMs([&] { bytes = encodePng(image, s.filters, s.level, s.strategy); });
        line(s.name, ms, bytes.size());
    }

    QString error;
    const FigureOptions coarse = [&] {
        FigureOptions o = options;
        o.samples = 50;
        return o;
    }();
    for (auto [name, fmt, opts] :
         {std::tuple{"renderFigure SVG, as exported", FigureFormat::Svg, &options},
          std::tuple{"renderFigure SVG, 50 points per curve", FigureFormat::Svg, &coarse},
          std::tuple{"renderFigure PDF, as exported", FigureFormat::Pdf, &options},
          std::tuple{"renderFigure PDF, 50 points per curve", FigureFormat::Pdf, &coarse}}) {
        const double ms = medianMs([&] { bytes = renderFigure(scene, *opts, fmt, &error); });
        line(name, ms, bytes.size());
    }
    return 0;
}
