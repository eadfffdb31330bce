// ParameterAnimator: sweeps one Scene parameter between its min and max (looping or bouncing)
// so a class can watch a curve morph; any change to the Scene it did not make itself — the
// user touching a control — stops it. Driven by a timer, or by advance() in tests.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

namespace ae {

class Scene;

class ParameterAnimator : public QObject {
    Q_OBJECT
  public:
    enum class Mode { Loop, Bounce };

    explicit ParameterAnimator(Scene* scene, QObject* parent = nullptr);

    void start(const QString& function, const QString& param);
    void stop();
    bool isRunning() const { return !m_function.isEmpty(); }
    QString runningKey() const; // "swish.beta", empty when stopped

    double sweepSeconds() const { return m_sweepSeconds; }
    void setSweepSeconds(double seconds); // one min → max pass; 0.5 … 60
    Mode mode() const { return m_mode; }
    void setMode(Mode mode) { m_mode = mode; }

    // Moves the animation on by dt seconds (what the timer does on each tick).
    void advance(double dt);

  signals:
    void runningChanged(const QString& key); // key empty: stopped

  private:
    Scene* m_scene;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QString m_function, m_param;
    double m_phase = 0; // 0 … 1 along min → max; 1 … 2 on the way back when bouncing
    double m_sweepSeconds = 4.0;
    Mode m_mode = Mode::Bounce;
    bool m_writing = false;
};

} // namespace ae
