#include "plot/figure.h"

#include "model/analysismodel.h"
#include "model/scene.h"
#include "plot/plotview.h"

#include <qcustomplot.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>
#include <memory>

namespace ae {

namespace {

// A PlotView of the Scene that never shows: the same code path as the window, so a figure is
// what the window draws.
struct OffscreenPlot {
    AnalysisModel model;
    PlotView view;
    OffscreenPlot(Scene& scene, const FigureOptions& o) : model(&scene), view(&scene, &model) {
        view.setAttribute(Qt::WA_DontShowOnScreen);
        view.resize(o.size);
        view.plot()->resize(o.size); // hidden: no layout pass would size it
        view.setRenderScale(o.scale);
        view.setTitle(o.title);
        view.setLegendShown(o.legend);
        view.setBandKeyShown(true); // a figure says what its bands mean and at which ε
        view.setTransparentBackground(o.transparent);
        view.setSampleCount(figureSampleCount(o));
    }
    QCustomPlot* plot() { return view.plot(); }
};

} // namespace

int figureSampleCount(const FigureOptions& o) {
    // A curve drawn with more than a few points per device pixel of width looks the same; more
    // would only cost memory (10^7 asked-for samples × 27 curves used to need gigabytes).
    const int devicePixels = int(std::ceil(o.size.width() * o.scale));
    const int most = std::max(256, samplesPerPixel * devicePixels);
    return o.samples > 0 ? std::min(o.samples, most) : std::max(256, o.size.width());
}

std::optional<FigureFormat> figureFormatForPath(const QString& path) {
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext == QLatin1String("png")) return FigureFormat::Png;
    if (ext == QLatin1String("jpg") || ext == QLatin1String("jpeg")) return FigureFormat::Jpeg;
    if (ext == QLatin1String("svg")) return FigureFormat::Svg;
    if (ext == QLatin1String("pdf")) return FigureFormat::Pdf;
    return std::nullopt;
}

QImage renderFigureImage(Scene& scene, const FigureOptions& options) {
    OffscreenPlot p(scene, options);
    QImage image =
        p.plot()->toPixmap(options.size.width(), options.size.height(), options.scale).toImage();
    return image;
}

QByteArray renderFigure(Scene& scene, const FigureOptions& options, FigureFormat format,
                        QString* error) {
    QByteArray bytes;
    const int w = options.size.width(), h = options.size.height();
    if (format == FigureFormat::Png || format == FigureFormat::Jpeg) {
        QImage image = renderFigureImage(scene, options);
        if (format == FigureFormat::Jpeg) image = image.convertToFormat(QImage::Format_RGB32);
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        const bool ok = format == FigureFormat::Png ? image.save(&buffer, "PNG")
                                                    : image.save(&buffer, "JPEG", 92);
        if (!ok || image.isNull()) {
            if (error)
                *error = QCoreApplication::translate("Figure", "could not encode a %1×%2 image")
                             .arg(image.width())
                             .arg(image.height());
            return {};
        }
        return bytes;
    }

    OffscreenPlot p(scene, options);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QString title = options.title.isEmpty()
                              ? QCoreApplication::translate("Figure", "Activation functions")
                              : options.title;
    std::unique_ptr<QPaintDevice> device;
    if (format == FigureFormat::Svg) {
        auto svg = std::make_unique<QSvgGenerator>();
        svg->setOutputDevice(&buffer);
        svg->setSize(QSize(w, h));
        svg->setViewBox(QRect(0, 0, w, h));
        svg->setTitle(title.toHtmlEscaped()); // Qt 6.4 writes <title> unescaped
        svg->setDescription(QCoreApplication::translate("Figure", "Made with Activation Explorer"));
        device = std::move(svg);
    } else {
        auto pdf = std::make_unique<QPdfWriter>(&buffer);
        pdf->setResolution(72); // one painter unit = one point
        pdf->setPageSize(
            QPageSize(QSizeF(w, h), QPageSize::Point, QString(), QPageSize::ExactMatch));
        pdf->setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf->setTitle(title);
        pdf->setCreator(QStringLiteral("Activation Explorer"));
        device = std::move(pdf);
    }
    {
        QCPPainter painter;
        if (!painter.begin(device.get())) {
            if (error)
                *error =
                    QCoreApplication::translate("Figure", "could not start the vector painter");
            return {};
        }
        painter.setMode(QCPPainter::pmVectorized);
        painter.setMode(QCPPainter::pmNoCaching);
        p.plot()->toPainter(&painter, w, h);
        painter.end();
    }
    device.reset(); // the PDF writer finishes the document when destroyed
    return bytes;
}

} // namespace ae
