// libFuzzer target for the scene loader: any bytes a scene file, the --scene option or the stored
// session can hold go through sceneFromJson, which must refuse them with a message, never crash.
#include "model/scenefile.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdlib>

using namespace ae;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static Scene scene; // the loader only reads it (which ids and parameters exist)
    QString error;
    const auto content = sceneFromJson(
        QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)), scene, &error);
    // The contract the window and the command line rely on: what passes is valid as a whole
    // (the Scene's state and the figure options), and a refusal always says why.
    if (content && (!scene.validate(content->scene).isEmpty() ||
                    !validateFigureOptions(content->figure).isEmpty()))
        std::abort();
    if (!content && error.isEmpty()) std::abort();
    if (content) {
        // What was accepted must survive a save and a reload unchanged.
        QString again;
        const QByteArray saved = sceneToJson(*content, scene.registry());
        const auto reread = sceneFromJson(saved, scene, &again);
        if (!reread || sceneToJson(*reread, scene.registry()) != saved) std::abort();
    }
    return 0;
}
