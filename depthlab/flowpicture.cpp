#include "depthlab/flowpicture.h"

#include <cmath>

namespace ae {

namespace {

// Enough bins for the shape (a pile-up at ±1, a spike at 0), few enough that a batch of 128
// samples × 64 units fills each with some hundred values: the lines stay smooth.
constexpr int histogramBins = 48;

// The histograms of the net's last gradientFlow pass, on ranges pooled over all its layers (so
// the layers compare on one axis) without the 0.1 % most extreme values at each end.
void addHistograms(const nn::Mlp& net, FlowCurve& curve) {
    const int layers = int(curve.layers.size());
    std::vector<float> outputs, logGradients;
    std::vector<std::pair<std::size_t, std::size_t>> outputSpan, gradientSpan; // per layer
    for (int l = 0; l < layers; ++l) {
        const Eigen::MatrixXf& f = net.outputs(l);
        outputSpan.emplace_back(outputs.size(), std::size_t(f.size()));
        outputs.insert(outputs.end(), f.data(), f.data() + f.size());
        const Eigen::MatrixXf& g = net.inputGradient(l);
        gradientSpan.emplace_back(logGradients.size(), std::size_t(g.size()));
        for (Eigen::Index i = 0; i < g.size(); ++i)
            logGradients.push_back(std::log10(std::fabs(g.data()[i])));
    }
    // A margin of 4 % each side: a pile-up at the range's end (tanh's at ±1) stays a peak
    // clear of the axis rather than a line up its side.
    // The range from at most ~256k values, every k-th: a 100-layer, 512-wide network has 6.5
    // million, and the picture must keep up with a dragged slider.
    const auto range = [](const std::vector<float>& all) {
        const std::size_t step = all.size() / 262144 + 1;
        std::vector<float> sample;
        sample.reserve(all.size() / step + 1);
        for (std::size_t i = 0; i < all.size(); i += step)
            sample.push_back(all[i]);
        const auto r = nn::centralRange(sample, 0.001);
        const double m = 0.04 * (r.second - r.first);
        return std::pair{r.first - m, r.second + m};
    };
    const auto a = range(outputs);
    const auto g = range(logGradients);
    for (int l = 0; l < layers; ++l) {
        const auto [ao, an] = outputSpan[std::size_t(l)];
        const auto [go, gn] = gradientSpan[std::size_t(l)];
        curve.activationHistograms.push_back(nn::histogram(
            std::span<const float>(outputs).subspan(ao, an), a.first, a.second, histogramBins));
        curve.gradientHistograms.push_back(
            nn::histogram(std::span<const float>(logGradients).subspan(go, gn), g.first, g.second,
                          histogramBins));
    }
}

} // namespace

std::vector<FlowCurve> computeFlow(const FlowJob& job) {
    nn::DataSpec spec;
    spec.name = job.settings.dataset;
    std::string error;
    const auto data = nn::loadDataset(spec, &error);
    std::vector<FlowCurve> out;
    if (!data) return out;
    const Eigen::Index n = std::min<Eigen::Index>(job.settings.batch, data->trainX.cols());
    const Eigen::MatrixXf x = data->trainX.leftCols(n);
    const std::vector<int> y(data->trainY.begin(), data->trainY.begin() + n);
    nn::MlpConfig c;
    c.inputs = data->features;
    c.classes = data->classes;
    c.width = job.settings.width;
    c.depth = job.settings.depth;
    c.batchNorm = job.settings.batchNorm;
    c.init = job.settings.init;
    for (const auto& f : job.functions) {
        // The same seed for every function: the same initial weights, so the curves differ
        // by the activation alone.
        nn::Mlp net(c, f.activation, f.params, std::uint64_t(job.settings.seed));
        nn::LandscapeSpec land = job.settings.landscape;
        land.seed = std::uint64_t(job.settings.seed);
        FlowCurve curve{f.id,
                        net.gradientFlow(x, y, job.epsilon),
                        nn::outputLandscape(f.activation, f.params, land),
                        {},
                        {}};
        addHistograms(net, curve);
        out.push_back(std::move(curve));
    }
    return out;
}

} // namespace ae
