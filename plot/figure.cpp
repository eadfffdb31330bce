#include "plot/figure.h"

#include "model/analysismodel.h"
#include "model/atomicfile.h"
#include "model/scene.h"
#include "plot/plotrenderer.h"

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

// A plot of the Scene that never shows, drawn by the window's renderer: a figure is what the
// window draws.
struct OffscreenPlot {
    AnalysisModel model;
    QCustomPlot plot;
    PlotRenderer renderer;
    OffscreenPlot(Scene& scene, const FigureOptions& o)
        : model(&scene), renderer(&plot, &scene, &model) {
        plot.setAttribute(Qt::WA_DontShowOnScreen);
        plot.resize(o.size);
        renderer.setTheme(o.theme);
        renderer.setRenderScale(o.scale);
        renderer.setTitle(o.title);
        renderer.setLegendShown(o.legend);
        renderer.setBandKeyShown(true); // a figure says what its bands mean and at which ε
        renderer.setTransparentBackground(o.transparent);
        renderer.setSampleCount(figureSampleCount(o));
    }
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
    return p.renderer.image(options.size, options.scale);
}

QByteArray renderFigure(Scene& scene, const FigureOptions& options, FigureFormat format,
                        QString* error) {
    OffscreenPlot p(scene, options);
    return renderPlotFigure(p.plot, options, format,
                            QCoreApplication::translate("Figure", "Activation functions"), error);
}

QByteArray renderPlotFigure(QCustomPlot& plot, const FigureOptions& options, FigureFormat format,
                            const QString& defaultTitle, QString* error) {
    QByteArray bytes;
    const int w = options.size.width(), h = options.size.height();
    if (format == FigureFormat::Png || format == FigureFormat::Jpeg) {
        QImage image = plot.toPixmap(w, h, options.scale).toImage();
        if (format == FigureFormat::Jpeg) image = image.convertToFormat(QImage::Format_RGB32);
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        const bool ok =
            !image.isNull() && (format == FigureFormat::Png ? image.save(&buffer, "PNG")
                                                            : image.save(&buffer, "JPEG", 92));
        if (!ok) {
            if (error)
                *error = QCoreApplication::translate("Figure", "could not encode a %1×%2 image")
                             .arg(image.width())
                             .arg(image.height());
            return {};
        }
        return bytes;
    }

    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QString title = options.title.isEmpty() ? defaultTitle : options.title;
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
    QCPPainter painter;
    if (!painter.begin(device.get())) {
        if (error)
            *error = QCoreApplication::translate("Figure", "could not start the vector painter");
        return {};
    }
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    plot.toPainter(&painter, w, h);
    painter.end();
    device.reset(); // the PDF writer finishes the document when destroyed
    return bytes;
}

bool exportPlotFile(const QString& path, QCustomPlot& plot, const FigureOptions& options,
                    const QString& defaultTitle, QString* error) {
    const auto format = figureFormatForPath(path);
    if (!format) {
        if (error)
            *error = QCoreApplication::translate(
                "Figure", "unknown extension (use .png, .jpg, .jpeg, .svg or .pdf)");
        return false;
    }
    const QByteArray bytes = renderPlotFigure(plot, options, *format, defaultTitle, error);
    return !bytes.isEmpty() && writeFileAtomically(path, bytes, error);
}

bool exportFigureFile(const QString& path, Scene& scene, const FigureOptions& options,
                      QString* error) {
    const auto format = figureFormatForPath(path);
    if (!format) {
        if (error)
            *error = QCoreApplication::translate(
                "Figure", "unknown extension (use .png, .jpg, .jpeg, .svg or .pdf)");
        return false;
    }
    const QByteArray bytes = renderFigure(scene, options, *format, error);
    return !bytes.isEmpty() && writeFileAtomically(path, bytes, error);
}

} // namespace ae
