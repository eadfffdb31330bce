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
    const auto state = sceneFromJson(
        QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)), scene, &error);
    // The contract the window and the command line rely on: a state that passes is valid as a
    // whole, and a refusal always says why.
    if (state && !scene.validate(*state).isEmpty()) std::abort();
    if (!state && error.isEmpty()) std::abort();
    if (state) {
        // What was accepted must survive a save and a reload unchanged.
        QString again;
        const auto reread = sceneFromJson(sceneToJson(*state, scene.registry()), scene, &again);
        if (!reread || sceneToJson(*reread, scene.registry()) != sceneToJson(*state, scene.registry())) std::abort();
    }
    return 0;
}
