// The engine's side of tools/check_pytorch_agreement.py: the loss of each of the first N
// training steps of one run, as "step,loss" lines, for the setup given on the command line:
//   torch_agreement FUNCTION DEPTH SEED STEPS WIDTH BATCH BATCHNORM(0|1) DROPOUT sgd|adam LR
//                   MOMENTUM [PARAM=VALUE ...] [dataset=NAME] [stem=F1:F2:K]
// (dataset: digits by default; stem: the conv stem, DEPTH then counting its layers as --depths
// does with --conv-stem.)
#include "core/nn/train.h"
#include "core/registry.h"

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <string>

int main(int argc, char** argv) {
    if (argc < 12) {
        std::fprintf(stderr,
                     "usage: %s FUNCTION DEPTH SEED STEPS WIDTH BATCH BATCHNORM DROPOUT "
                     "sgd|adam LR MOMENTUM [PARAM=VALUE ...]\n",
                     argv[0]);
        return 2;
    }
    const ae::Registry registry = ae::Registry::withBuiltIns();
    const ae::Activation* a = registry.find(argv[1]);
    if (!a) {
        std::fprintf(stderr, "unknown function %s\n", argv[1]);
        return 2;
    }
    std::vector<double> params = ae::defaultParams(*a);
    ae::nn::DataSpec spec;
    ae::nn::StemConfig stem;
    for (int i = 12; i < argc; ++i) {
        const std::string s = argv[i];
        const auto eq = s.find('=');
        if (s.rfind("dataset=", 0) == 0) {
            spec.name = s.substr(8);
            continue;
        }
        if (s.rfind("stem=", 0) == 0) {
            stem.enabled = std::sscanf(s.c_str() + 5, "%d:%d:%d", &stem.filters1, &stem.filters2,
                                       &stem.kernel) == 3;
            if (!stem.enabled) return 2;
            continue;
        }
        const int k = ae::paramIndex(*a, s.substr(0, eq));
        if (eq == std::string::npos || k < 0) return 2;
        params[std::size_t(k)] = std::atof(s.c_str() + eq + 1);
    }
    ae::nn::TrainConfig t;
    t.width = std::atoi(argv[5]);
    t.batch = std::atoi(argv[6]);
    t.batchNorm = std::atoi(argv[7]) != 0;
    t.dropout = std::atof(argv[8]);
    t.optimizer.kind = std::string(argv[9]) == "adam" ? ae::nn::OptimizerConfig::Kind::Adam
                                                      : ae::nn::OptimizerConfig::Kind::Sgd;
    t.optimizer.learningRate = std::atof(argv[10]);
    t.optimizer.momentum = std::atof(argv[11]);
    t.epochs = 1000;
    t.stem = stem;
    const int steps = std::atoi(argv[4]);
    std::string error;
    const auto data = ae::nn::loadDataset(spec, &error);
    if (!data) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return 2;
    }
    std::atomic<bool> stop{false};
    int step = 0;
    ae::nn::trainOne(*data, *a, params, t, std::atoi(argv[2]), std::strtoull(argv[3], nullptr, 10),
                     &stop, [&](const ae::nn::RunProgress& p) {
                         std::printf("%d,%.9g\n", ++step, p.stepLoss);
                         if (step >= steps) stop = true;
                     });
    return 0;
}
