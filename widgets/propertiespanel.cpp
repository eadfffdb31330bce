#include "widgets/propertiespanel.h"
#include "model/names.h"

#include "model/analysismodel.h"
#include "model/nobreak.h"
#include "model/propertiestext.h"
#include "model/scene.h"
#include "plot/plotlayers.h"

namespace ae {

PropertiesPanel::PropertiesPanel(Scene* scene, AnalysisModel* model, QWidget* parent)
    : QLabel(parent), m_scene(scene), m_model(model) {
    setObjectName(QStringLiteral("propertiesPanel"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAlignment(Qt::AlignTop | Qt::AlignLeft);
    connect(model, &AnalysisModel::textsChanged, this, &PropertiesPanel::refresh);
    refresh();
}

void PropertiesPanel::refresh() {
    const QString id = m_model->functionId();
    if (id.isEmpty()) {
        setText(tr("<i>Select a shown function to see its properties.</i>"));
        return;
    }
    setText(QStringLiteral("<p><b>%1</b></p>")
                .arg(keepExpressionsTogether(legendName(*m_scene, id)).toHtmlEscaped()) +
            propertiesHtml(m_model->properties()));
}

} // namespace ae
