<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CommandLine</name>
    <message>
        <source>Write values as CSV to FILE ('-': standard output) and exit.</source>
        <translation>将数值以 CSV 写入 FILE（'-'：标准输出）后退出。</translation>
    </message>
    <message>
        <source>List every function with its parameters, defaults and ranges.</source>
        <translation>列出所有函数及其参数、默认值和范围。</translation>
    </message>
    <message>
        <source>Print the properties of function ID (with --param values) and exit.</source>
        <translation>打印函数 ID 的性质（使用 --param 的取值）后退出。</translation>
    </message>
    <message>
        <source>With --properties: print JSON.</source>
        <translation>与 --properties 一起使用：输出 JSON。</translation>
    </message>
    <message>
        <source>Functions to show, comma-separated (default: the article's six).</source>
        <translation>要显示的函数，用逗号分隔（默认：文章中的六个）。</translation>
    </message>
    <message>
        <source>Set a parameter, e.g. swish.beta=1.5 (repeatable).</source>
        <translation>设置参数，例如 swish.beta=1.5（可重复）。</translation>
    </message>
    <message>
        <source>x range (default -8:8).</source>
        <translation>x 范围（默认 -8:8）。</translation>
    </message>
    <message>
        <source>Points per curve (2 … 10^7; CSV default 201, figures: one per pixel).</source>
        <translation>每条曲线的点数（2 … 10^7；CSV 默认 201，图像：每像素一点）。</translation>
    </message>
    <message>
        <source>With --csv: evaluate at exactly these x (C locale; inf, -inf, nan allowed).</source>
        <translation>与 --csv 一起使用：恰好在这些 x 处求值（C 区域格式；允许 inf、-inf、nan）。</translation>
    </message>
    <message>
        <source>Highest derivative order shown or written: 0, 1 or 2.</source>
        <translation>显示或输出的最高导数阶：0、1 或 2。</translation>
    </message>
    <message>
        <source>Vanishing-gradient threshold ε (0 &lt; ε ≤ 1, default 0.01).</source>
        <translation>梯度消失阈值 ε（0 &lt; ε ≤ 1，默认 0.01）。</translation>
    </message>
    <message>
        <source>Figure size in pixels (default 1200x800).</source>
        <translation>图像尺寸，单位像素（默认 1200x800）。</translation>
    </message>
    <message>
        <source>Raster scale factor (default 1).</source>
        <translation>位图缩放倍数（默认 1）。</translation>
    </message>
    <message>
        <source>light, dark or print.</source>
        <translation>light、dark 或 print。</translation>
    </message>
    <message>
        <source>Figure title.</source>
        <translation>图像标题。</translation>
    </message>
    <message>
        <source>Leave the legend out.</source>
        <translation>不显示图例。</translation>
    </message>
    <message>
        <source>Start from a scene file; later options override it.</source>
        <translation>从场景文件开始；后面的选项会覆盖它。</translation>
    </message>
    <message>
        <source>Function whose saturation is shaded (default sigmoid).</source>
        <translation>显示饱和区阴影的函数（默认 sigmoid）。</translation>
    </message>
    <message>
        <source>unexpected argument "%1"</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>--json goes with --properties</source>
        <translation>--json 需与 --properties 一起使用</translation>
    </message>
    <message>
        <source>--export: unknown extension of "%1" (use .png, .jpg, .jpeg, .svg or .pdf)</source>
        <translation>--export：“%1”的扩展名未知（请用 .png、.jpg、.jpeg、.svg 或 .pdf）</translation>
    </message>
    <message>
        <source>--csv: the file name is empty</source>
        <translation>--csv：文件名为空</translation>
    </message>
    <message>
        <source>--param "%1": expected FUNCTION.NAME=VALUE, e.g. swish.beta=1.5</source>
        <translation>--param “%1”：格式应为 函数.参数=值，例如 swish.beta=1.5</translation>
    </message>
    <message>
        <source>--param "%1": %2 must be within %3 … %4</source>
        <translation>--param “%1”：%2 必须在 %3 … %4 之间</translation>
    </message>
    <message>
        <source>--x-range "%1": MIN must be less than MAX</source>
        <translation>--x-range “%1”：最小值必须小于最大值</translation>
    </message>
    <message>
        <source>--x-range "%1": must lie within ±%2 and not be narrower than 1e-9 relative</source>
        <translation>--x-range “%1”：必须在 ±%2 之内，且相对宽度不小于 1e-9</translation>
    </message>
    <message>
        <source>--at goes with --csv</source>
        <translation>--at 需与 --csv 一起使用</translation>
    </message>
    <message>
        <source>--derivatives "%1": expected 0, 1 or 2</source>
        <translation>--derivatives “%1”：应为 0、1 或 2</translation>
    </message>
    <message>
        <source>--epsilon "%1": expected a number with 0 &lt; ε ≤ 1</source>
        <translation>--epsilon “%1”：应为满足 0 &lt; ε ≤ 1 的数</translation>
    </message>
    <message>
        <source>--size "%1": expected WxH with 1 … %2 pixels on each side</source>
        <translation>--size “%1”：应为 宽x高，每边 1 … %2 像素</translation>
    </message>
    <message>
        <source>--scale "%1": expected a number greater than 0 and at most 8</source>
        <translation>--scale “%1”：应为大于 0 且不超过 8 的数</translation>
    </message>
    <message>
        <source>--size × --scale gives %1×%2 pixels; each side must be 1 … %3</source>
        <translation>--size × --scale 得到 %1×%2 像素；每边必须为 1 … %3</translation>
    </message>
    <message>
        <source>--theme "%1": expected light, dark or print</source>
        <translation>--theme “%1”：应为 light、dark 或 print</translation>
    </message>
    <message>
        <source>Explore neural-network activation functions, their derivatives and where their gradients vanish. Without --export, --csv, --list-functions or --properties it opens the window.</source>
        <translation>探索神经网络的激活函数、它们的导数以及梯度在哪里消失。不带 --export、--csv、--list-functions 或 --properties 时打开窗口。</translation>
    </message>
    <message>
        <source>is out of the range of a double</source>
        <translation>超出了双精度浮点数的范围</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>不是一个数</translation>
    </message>
    <message>
        <source>unknown function "%1" (did you mean %2?)</source>
        <translation>未知函数“%1”（您是想输入 %2 吗？）</translation>
    </message>
    <message>
        <source>unknown function "%1" (see --list-functions)</source>
        <translation>未知函数“%1”（参见 --list-functions）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>A scene file to open in the window (as --scene).</source>
        <translation>在窗口中打开的场景文件（同 --scene）。</translation>
    </message>
    <message>
        <source>--%1 is given %2 times; give it once</source>
        <translation>--%1 出现了 %2 次；只能给出一次</translation>
    </message>
    <message>
        <source>unexpected argument "%1" (a scene file as an argument opens it in the window; use --scene FILE with other options)</source>
        <translation>多余的参数“%1”（作为参数的场景文件会在窗口中打开；与其他选项一起使用时请用 --scene FILE）</translation>
    </message>
    <message>
        <source>a scene file to open ("%1") must be the only argument; use --scene FILE with other options</source>
        <translation>要打开的场景文件（“%1”）必须是唯一的参数；与其他选项一起使用时请用 --scene FILE</translation>
    </message>
    <message>
        <source>--param "%1": %2</source>
        <translation>--param "%1"：%2</translation>
    </message>
    <message>
        <source>--param "%1": %2 has no parameter "%3" (its parameters: %4)</source>
        <translation>--param "%1"：%2 没有参数“%3”（它的参数：%4）</translation>
    </message>
    <message>
        <source>--param "%1": "%2" %3</source>
        <translation>--param "%1"："%2" %3</translation>
    </message>
    <message>
        <source>--x-range "%1": expected MIN:MAX, e.g. -6:6</source>
        <translation>--x-range "%1"：应为 MIN:MAX，例如 -6:6</translation>
    </message>
    <message>
        <source>--x-range "%1": %2 "%3" %4</source>
        <translation>--x-range "%1"：%2 "%3" %4</translation>
    </message>
    <message>
        <source>--x-range "%1": MIN and MAX must be finite numbers</source>
        <translation>--x-range "%1"：MIN 和 MAX 必须是有限数</translation>
    </message>
    <message>
        <source>--samples "%1": expected a whole number from 2 to %2</source>
        <translation>--samples "%1"：应为 2 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>--at: "%1" %2</source>
        <translation>--at："%1" %2</translation>
    </message>
    <message>
        <source>--epsilon "%1" %2</source>
        <translation>--epsilon "%1" %2</translation>
    </message>
    <message>
        <source>--export, --csv, --list-functions, --properties and --depth-experiment exclude each other</source>
        <translation>--export、--csv、--list-functions、--properties 和 --depth-experiment 不能同时使用</translation>
    </message>
    <message>
        <source>Render the figure to FILE (.png .jpg .jpeg .svg .pdf) and exit. With --depth-experiment: the figure of test accuracy against depth, after the runs.</source>
        <translation>将图像渲染到 FILE（.png .jpg .jpeg .svg .pdf）后退出。与 --depth-experiment 一起使用时：训练结束后输出测试准确率随深度变化的图。</translation>
    </message>
    <message>
        <source>--export and --pytorch-script exclude each other (the script trains nothing here)</source>
        <translation>--export 和 --pytorch-script 不能同时使用（脚本在这里不进行训练）</translation>
    </message>
</context>
<context>
    <name>DepthCommand</name>
    <message>
        <source>Train networks of growing depth for each function (the article's accuracy against depth) and write CSV rows function,depth,seed,train_accuracy,test_accuracy,final_loss,seconds (to --csv FILE, default standard output).</source>
        <translation>为每个函数训练逐渐加深的网络（文章中准确率随深度的实验），并写出 CSV 行 function,depth,seed,train_accuracy,test_accuracy,final_loss,seconds（写到 --csv FILE，默认标准输出）。</translation>
    </message>
    <message>
        <source>Depth experiment: hidden layers, e.g. 1:25, 1:25:4 or 5,10,20.</source>
        <translation>深度实验：隐藏层数，例如 1:25、1:25:4 或 5,10,20。</translation>
    </message>
    <message>
        <source>Depth experiment: units per hidden layer.</source>
        <translation>深度实验：每个隐藏层的单元数。</translation>
    </message>
    <message>
        <source>Depth experiment: runs per point (default 3).</source>
        <translation>深度实验：每个点的重复次数（默认 3）。</translation>
    </message>
    <message>
        <source>Depth experiment: the first seed (default 1).</source>
        <translation>深度实验：第一个随机种子（默认 1）。</translation>
    </message>
    <message>
        <source>Depth experiment: passes over the training set.</source>
        <translation>深度实验：训练集的遍历次数（轮数）。</translation>
    </message>
    <message>
        <source>Depth experiment: samples per step.</source>
        <translation>深度实验：每步的样本数。</translation>
    </message>
    <message>
        <source>Depth experiment: sgd or adam.</source>
        <translation>深度实验：sgd 或 adam。</translation>
    </message>
    <message>
        <source>Depth experiment: learning rate.</source>
        <translation>深度实验：学习率。</translation>
    </message>
    <message>
        <source>Depth experiment: SGD momentum in [0, 1).</source>
        <translation>深度实验：SGD 动量，取值 [0, 1)。</translation>
    </message>
    <message>
        <source>Depth experiment: BatchNorm after each layer, on or off.</source>
        <translation>深度实验：每层之后是否使用 BatchNorm，on 或 off。</translation>
    </message>
    <message>
        <source>Depth experiment: dropout probability in [0, 1).</source>
        <translation>深度实验：dropout 概率，取值 [0, 1)。</translation>
    </message>
    <message>
        <source>Depth experiment: glorot, he or lecun (uniform).</source>
        <translation>深度实验：glorot、he 或 lecun（均匀分布）。</translation>
    </message>
    <message>
        <source>Depth experiment: runs trained at once (default: one per core).</source>
        <translation>深度实验：同时训练的次数（默认每个核心一个）。</translation>
    </message>
    <message>
        <source>Depth experiment: keep the runs already in the --csv file and train only the missing ones.</source>
        <translation>深度实验：保留 --csv 文件中已完成的运行，只训练缺少的。</translation>
    </message>
    <message>
        <source>--%1 goes with --depth-experiment</source>
        <translation>--%1 需要与 --depth-experiment 一起使用</translation>
    </message>
    <message>
        <source>--%1 "%2": expected a whole number from %3 to %4</source>
        <translation>--%1 “%2”：应为 %3 到 %4 之间的整数</translation>
    </message>
    <message>
        <source>--%1 "%2" %3</source>
        <translation>--%1 “%2” %3</translation>
    </message>
    <message>
        <source>--%1 "%2": expected a number in %3%4, %5%6</source>
        <translation>--%1 “%2”：应为 %3%4, %5%6 内的数</translation>
    </message>
    <message>
        <source>--optimizer "%1": expected sgd or adam</source>
        <translation>--optimizer “%1”：应为 sgd 或 adam</translation>
    </message>
    <message>
        <source>--batchnorm "%1": expected on or off</source>
        <translation>--batchnorm “%1”：应为 on 或 off</translation>
    </message>
    <message>
        <source>--init "%1": expected glorot, he or lecun</source>
        <translation>--init “%1”：应为 glorot、he 或 lecun</translation>
    </message>
    <message>
        <source>--resume needs --csv FILE: the file holding the finished runs</source>
        <translation>--resume 需要 --csv FILE：保存已完成运行的文件</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>cannot resume from %1: line %2 is not a row of the depth experiment's CSV</source>
        <translation>无法从 %1 继续：第 %2 行不是深度实验 CSV 的一行</translation>
    </message>
    <message>
        <source>depth experiment: %1/%2 runs, %3 %, elapsed %4</source>
        <translation>深度实验：%1/%2 次运行，%3 %，已用 %4</translation>
    </message>
    <message>
        <source>, about %1 left</source>
        <translation>，约剩 %1</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>无法写入标准输出</translation>
    </message>
    <message>
        <source>Depth experiment: write it as a self-contained PyTorch script (same data, weights, batches and seeds) instead of running it.</source>
        <translation>深度实验：不在此运行，而是写成一个独立的 PyTorch 脚本（相同的数据、权重、批次和随机种子）。</translation>
    </message>
    <message>
        <source>--pytorch-script: the file name is empty</source>
        <translation>--pytorch-script：文件名为空</translation>
    </message>
    <message>
        <source>cannot export %1: %2</source>
        <translation>无法导出 %1：%2</translation>
    </message>
    <message>
        <source>Depth experiment: starting setup: quick (8×8 digits, seconds) or paper (the Mish paper's conv stem + Dense 500 blocks on Fashion-MNIST, one and a half to two days on two cores).</source>
        <translation>深度实验：初始设置：quick（8×8 手写数字，几秒钟）或 paper（Mish 论文的卷积主干 + Dense 500 块，使用 Fashion-MNIST，在两个核心上需要一天半到两天）。</translation>
    </message>
    <message>
        <source>Depth experiment: digits, spiral, circle, xor, gauss, moons or fashion-mnist (Debian's dataset-fashion-mnist).</source>
        <translation>深度实验：digits、spiral、circle、xor、gauss、moons 或 fashion-mnist（Debian 的 dataset-fashion-mnist 软件包）。</translation>
    </message>
    <message>
        <source>Depth experiment: a convolutional stem before the dense layers: off, on (Conv 20@5×5, Conv 50@5×5, max-pool, as the paper preset) or F1:F2:K; depths then count the two convolutions and the output layer too.</source>
        <translation>深度实验：全连接层之前的卷积主干：off、on（Conv 20@5×5、Conv 50@5×5、最大池化，与 paper 预设相同）或 F1:F2:K；此时层数也计入两个卷积层和输出层。</translation>
    </message>
    <message>
        <source>--preset "%1": expected quick or paper</source>
        <translation>--preset "%1"：应为 quick 或 paper</translation>
    </message>
    <message>
        <source>--conv-stem "%1": expected off, on or F1:F2:K (filters of the two convolutions, kernel size)</source>
        <translation>--conv-stem "%1"：应为 off、on 或 F1:F2:K（两个卷积层的滤波器数和卷积核大小）</translation>
    </message>
</context>
<context>
    <name>DepthLabCharts</name>
    <message>
        <source>layer (1 = next to the input)</source>
        <translation>层（1 = 紧邻输入）</translation>
    </message>
    <message>
        <source>‖∂loss/∂input of layer‖</source>
        <translation>‖∂损失/∂该层输入‖</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>units with |f′| &lt; ε (%)</source>
        <translation>|f′| &lt; ε 的单元（%）</translation>
    </message>
    <message>
        <source>layers L</source>
        <translation>层数 L</translation>
    </message>
    <message>
        <source>|f′(%1)|^L</source>
        <translation>|f′(%1)|^L</translation>
    </message>
    <message>
        <source>hidden layers</source>
        <translation>隐藏层数</translation>
    </message>
    <message>
        <source>test accuracy (%)</source>
        <translation>测试准确率（%）</translation>
    </message>
    <message>
        <source>chance</source>
        <translation>随机猜测</translation>
    </message>
    <message>
        <source>|∂loss/∂input of layer| (log scale)</source>
        <translation>|∂损失/∂该层输入|（对数刻度）</translation>
    </message>
    <message>
        <source>activation f(u) (output of the layer)</source>
        <translation>激活值 f(u)（该层的输出）</translation>
    </message>
    <message>
        <source>share of the layer's values (%)</source>
        <translation>占该层数值的比例（%）</translation>
    </message>
    <message>
        <source>Gradients per layer: %1</source>
        <translation>各层的梯度：%1</translation>
    </message>
    <message>
        <source>Activations per layer: %1</source>
        <translation>各层的激活值：%1</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <source>layer %1 (%2 % exactly 0)</source>
        <translation>第 %1 层（%2 % 恰为 0）</translation>
    </message>
    <message>
        <source>%1, depth %2, seed %3</source>
        <translation>%1，深度 %2，随机种子 %3</translation>
    </message>
    <message>
        <source>Training loss of the run in progress: press Run</source>
        <translation>正在进行的运行的训练损失：请点击“运行”</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>loss (cross-entropy)</source>
        <translation>损失（交叉熵）</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>epoch %1 of %2</source>
        <translation>第 %1 轮，共 %2 轮</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Loss of %1: %2</source>
        <translation>%1 的损失：%2</translation>
    </message>
    <message>
        <source> (one of %1 runs training at once)</source>
        <translation>（同时训练的 %1 次运行之一）</translation>
    </message>
    <message>
        <source>training loss per batch</source>
        <translation>每批的训练损失</translation>
    </message>
    <message>
        <source>training loss, epoch mean</source>
        <translation>训练损失（每轮平均）</translation>
    </message>
    <message>
        <source>test loss, epoch end</source>
        <translation>测试损失（每轮结束时）</translation>
    </message>
    <message>
        <source>x₁</source>
        <translation>x₁</translation>
    </message>
    <message>
        <source>x₂</source>
        <translation>x₂</translation>
    </message>
    <message>
        <source>Re-training %1 from its seed…</source>
        <translation>正在按随机种子重新训练 %1…</translation>
    </message>
    <message>
        <source>This run could not be re-trained.</source>
        <translation>无法重新训练这次运行。</translation>
    </message>
    <message>
        <source>%1: test accuracy %2 %</source>
        <translation>%1：测试准确率 %2 %</translation>
    </message>
    <message>
        <source>training points</source>
        <translation>训练点</translation>
    </message>
    <message>
        <source>test points</source>
        <translation>测试点</translation>
    </message>
    <message>
        <source>width %1</source>
        <translation>宽度 %1</translation>
    </message>
    <message>
        <source>BatchNorm</source>
        <translation>BatchNorm</translation>
    </message>
    <message>
        <source>dropout %1</source>
        <translation>dropout %1</translation>
    </message>
    <message>
        <source>Adam lr %1</source>
        <translation>Adam 学习率 %1</translation>
    </message>
    <message>
        <source>SGD lr %1</source>
        <translation>SGD 学习率 %1</translation>
    </message>
    <message>
        <source>momentum %1</source>
        <translation>动量 %1</translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>批大小 %1</translation>
    </message>
    <message>
        <source>1 epoch</source>
        <translation>1 轮</translation>
    </message>
    <message>
        <source>%1 epochs</source>
        <translation>%1 轮</translation>
    </message>
    <message>
        <source>1 seed</source>
        <translation>1 个随机种子</translation>
    </message>
    <message>
        <source>%1 seeds</source>
        <translation>%1 个随机种子</translation>
    </message>
    <message>
        <source>Test accuracy against depth</source>
        <translation>测试准确率随深度的变化</translation>
    </message>
</context>
<context>
    <name>Family</name>
    <message>
        <source>From the article</source>
        <translation>文章中的函数</translation>
    </message>
    <message>
        <source>Rectifiers</source>
        <translation>整流类</translation>
    </message>
    <message>
        <source>Smooth</source>
        <translation>光滑类</translation>
    </message>
    <message>
        <source>Piecewise / hard</source>
        <translation>分段 / 硬函数</translation>
    </message>
    <message>
        <source>Shrinkage</source>
        <translation>收缩类</translation>
    </message>
    <message>
        <source>Your functions</source>
        <translation>你的函数</translation>
    </message>
</context>
<context>
    <name>Figure</name>
    <message>
        <source>could not encode a %1×%2 image</source>
        <translation>无法编码 %1×%2 的图像</translation>
    </message>
    <message>
        <source>Activation functions</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>Made with Activation Explorer</source>
        <translation>由激活函数探索器制作</translation>
    </message>
    <message>
        <source>could not start the vector painter</source>
        <translation>无法启动矢量绘图</translation>
    </message>
    <message>
        <source>unknown extension (use .png, .jpg, .jpeg, .svg or .pdf)</source>
        <translation>未知的扩展名（请使用 .png、.jpg、.jpeg、.svg 或 .pdf）</translation>
    </message>
</context>
<context>
    <name>FigureOptions</name>
    <message>
        <source>theme: "%1" is not one of %2</source>
        <translation>theme：“%1”不是 %2 之一</translation>
    </message>
    <message>
        <source>export: size %1×%2 must be 1 … %3 pixels on each side</source>
        <translation>export：尺寸 %1×%2 每边必须为 1 … %3 像素</translation>
    </message>
    <message>
        <source>scale: %1 must be greater than 0 and at most %2</source>
        <translation>scale：%1 必须大于 0 且不超过 %2</translation>
    </message>
    <message>
        <source>samples: %1 must not be negative</source>
        <translation>samples：%1 不能为负数</translation>
    </message>
</context>
<context>
    <name>Headless</name>
    <message>
        <source> (also: %1)</source>
        <translation>（又称：%1）</translation>
    </message>
    <message>
        <source>	%1.%2	%3, default %4, range %5 … %6, step %7
</source>
        <translation>	%1.%2	%3，默认 %4，范围 %5 … %6，步长 %7
</translation>
    </message>
    <message>
        <source>activation-explorer: cannot write to standard output</source>
        <translation>activation-explorer：无法写入标准输出</translation>
    </message>
    <message>
        <source>activation-explorer: cannot write CSV to standard output</source>
        <translation>activation-explorer：无法将 CSV 写入标准输出</translation>
    </message>
    <message>
        <source>activation-explorer: cannot export %1: %2</source>
        <translation>activation-explorer：无法导出 %1：%2</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>%1…%2 (%3 characters)</source>
        <translation>%1…%2（共 %3 个字符）</translation>
    </message>
</context>
<context>
    <name>PlotView</name>
    <message>
        <source>f(x)</source>
        <translation>f(x)</translation>
    </message>
    <message>
        <source>f′(x)</source>
        <translation>f′(x)</translation>
    </message>
    <message>
        <source>f″(x)</source>
        <translation>f″(x)</translation>
    </message>
</context>
<context>
    <name>Properties</name>
    <message>
        <source>hard</source>
        <translation>硬饱和</translation>
    </message>
    <message>
        <source>soft</source>
        <translation>软饱和</translation>
    </message>
    <message>
        <source>does not saturate</source>
        <translation>不饱和</translation>
    </message>
    <message>
        <source>saturates on both sides (%1)</source>
        <translation>两侧饱和（%1）</translation>
    </message>
    <message>
        <source>saturates on both sides (left %1, right %2)</source>
        <translation>两侧饱和（左侧%1，右侧%2）</translation>
    </message>
    <message>
        <source>saturates on the left (%1)</source>
        <translation>左饱和（%1）</translation>
    </message>
    <message>
        <source>saturates on the right (%1)</source>
        <translation>右饱和（%1）</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>值域</translation>
    </message>
    <message>
        <source>Bounded</source>
        <translation>有界</translation>
    </message>
    <message>
        <source>below and above</source>
        <translation>上下有界</translation>
    </message>
    <message>
        <source>below only</source>
        <translation>仅有下界</translation>
    </message>
    <message>
        <source>above only</source>
        <translation>仅有上界</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Monotonic</source>
        <translation>单调</translation>
    </message>
    <message>
        <source>discontinuous: f jumps at x = %1</source>
        <translation>不连续：f 在 x = %1 处跳跃</translation>
    </message>
    <message>
        <source>C⁰: kinks (f′ jumps) at x = %1</source>
        <translation>C⁰：在 x = %1 处有折点（f′ 跳跃）</translation>
    </message>
    <message>
        <source>C¹: f″ jumps at x = %1</source>
        <translation>C¹：f″ 在 x = %1 处跳跃</translation>
    </message>
    <message>
        <source>C∞ (smooth)</source>
        <translation>C∞（光滑）</translation>
    </message>
    <message>
        <source>Smoothness</source>
        <translation>光滑性</translation>
    </message>
    <message>
        <source>Zero-centred</source>
        <translation>零中心</translation>
    </message>
    <message>
        <source>yes: odd, f(−x) = −f(x)</source>
        <translation>是：奇函数，f(−x) = −f(x)</translation>
    </message>
    <message>
        <source>partly: f(0) = 0 with outputs of both signs, not symmetric</source>
        <translation>部分：f(0) = 0，输出有正有负，但不对称</translation>
    </message>
    <message>
        <source>no: f(0) = %1</source>
        <translation>否：f(0) = %1</translation>
    </message>
    <message>
        <source>f′(0)</source>
        <translation>f′(0)</translation>
    </message>
    <message>
        <source>at x = %1</source>
        <translation>在 x = %1 处</translation>
    </message>
    <message>
        <source>max |f′|</source>
        <translation>max |f′|</translation>
    </message>
    <message>
        <source>Saturation</source>
        <translation>饱和性</translation>
    </message>
    <message>
        <source>minimum f(%1) = %2</source>
        <translation>最小值 f(%1) = %2</translation>
    </message>
    <message>
        <source>maximum f(%1) = %2</source>
        <translation>最大值 f(%1) = %2</translation>
    </message>
    <message>
        <source>Extrema</source>
        <translation>极值</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>yes, strictly increasing</source>
        <translation>是，严格单调递增</translation>
    </message>
    <message>
        <source>yes, non-decreasing (constant on some intervals)</source>
        <translation>是，单调不减（在某些区间上为常数）</translation>
    </message>
    <message>
        <source>yes, strictly decreasing</source>
        <translation>是，严格单调递减</translation>
    </message>
    <message>
        <source>yes, non-increasing (constant on some intervals)</source>
        <translation>是，单调不增（在某些区间上为常数）</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>常数</translation>
    </message>
    <message>
        <source>f′ &lt; 0 on %1</source>
        <translation>在 %1 上 f′ &lt; 0</translation>
    </message>
    <message>
        <source>f jumps down at x = %1</source>
        <translation>f 在 x = %1 处向下跳跃</translation>
    </message>
    <message>
        <source>f′ takes both signs</source>
        <translation>f′ 有正有负</translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation>否：%1</translation>
    </message>
    <message>
        <source> and as </source>
        <translation> 以及 </translation>
    </message>
    <message>
        <source>at x ∈ %1</source>
        <translation>在 x ∈ %1 处</translation>
    </message>
    <message>
        <source>for x ∈ %1</source>
        <translation>当 x ∈ %1 时</translation>
    </message>
    <message>
        <source>%1, and approached as %2</source>
        <translation>%1，且当 %2 时趋近</translation>
    </message>
    <message>
        <source>sup |f′|</source>
        <translation>sup |f′|</translation>
    </message>
    <message>
        <source>Vanishing gradient (ε = %1, x in %2)</source>
        <translation>梯度消失（ε = %1，x ∈ %2）</translation>
    </message>
    <message>
        <source>|f′| ≥ %1 everywhere in view</source>
        <translation>视图内处处 |f′| ≥ %1</translation>
    </message>
    <message>
        <source>%1, approached as %2 but never reached</source>
        <translation>%1，当 %2 时趋近但从未达到</translation>
    </message>
    <message>
        <source>%1 (around a stationary point)</source>
        <translation>%1（驻点附近）</translation>
    </message>
    <message>
        <source>%1 and for %2</source>
        <translation>%1 或 %2</translation>
    </message>
    <message>
        <source>%1, for %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>f′ = 0 everywhere in view</source>
        <translation>视图内处处 f′ = 0</translation>
    </message>
    <message>
        <source>|f′| &lt; %1 everywhere in view</source>
        <translation>视图内处处 |f′| &lt; %1</translation>
    </message>
    <message>
        <source>f′ = 0 for %1</source>
        <translation>当 %1 时，f′ = 0</translation>
    </message>
    <message>
        <source>|f′| &lt; %1 for %2</source>
        <translation>当 %2 时，|f′| &lt; %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>SceneFile</name>
    <message>
        <source>expected a number</source>
        <translation>应为数字</translation>
    </message>
    <message>
        <source>must be finite</source>
        <translation>必须是有限值</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>应为字符串</translation>
    </message>
    <message>
        <source>expected [min, max]</source>
        <translation>应为 [最小值, 最大值]</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>未知字段</translation>
    </message>
    <message>
        <source>the file is larger than 1 MiB (%1 bytes)</source>
        <translation>文件大于 1 MiB（%1 字节）</translation>
    </message>
    <message>
        <source>nested deeper than a scene file can be</source>
        <translation>嵌套层数超出场景文件的允许范围</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1</source>
        <translation>第 %1 字节处不是有效的 JSON</translation>
    </message>
    <message>
        <source>document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>format: this is not an Activation Explorer scene (expected "%1")</source>
        <translation>format：这不是激活函数探索器的场景（应为“%1”）</translation>
    </message>
    <message>
        <source>version: %1 is not supported (this program reads version %2)</source>
        <translation>version：不支持版本 %1（本程序读取版本 %2）</translation>
    </message>
    <message>
        <source>functions: expected a list of function ids</source>
        <translation>functions：应为函数 id 的列表</translation>
    </message>
    <message>
        <source>%1: unknown function "%2"</source>
        <translation>%1：未知函数“%2”</translation>
    </message>
    <message>
        <source>export: size must be whole pixels from 1 to %1</source>
        <translation>export：尺寸必须是 1 到 %1 的整数像素</translation>
    </message>
    <message>
        <source>Cannot open scene %1: %2</source>
        <translation>无法打开场景 %1：%2</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>%1: the number %2 is outside the range of a double</source>
        <translation>%1：数 %2 超出了双精度浮点数的范围</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>不是有效的 JSON</translation>
    </message>
    <message>
        <source>document: a value has an unexpected type</source>
        <translation>文档：某个值的类型不符合要求</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
</context>
<context>
    <name>ae::AnalysisModel</name>
    <message>
        <source>Select a shown function to see where its gradient vanishes.</source>
        <translation>选择一个已显示的函数，查看它在哪里梯度消失。</translation>
    </message>
    <message>
        <source>%1 %2. %3.</source>
        <translation>%1 %2。%3。</translation>
    </message>
</context>
<context>
    <name>ae::AtomicFileWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>it is a directory</source>
        <translation>它是一个文件夹</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>它不是普通文件</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>the file is not open</source>
        <translation>文件未打开</translation>
    </message>
    <message>
        <source>%1 bytes landed instead of %2</source>
        <translation>写入了 %1 字节而不是 %2 字节</translation>
    </message>
</context>
<context>
    <name>ae::BandLayer</name>
    <message>
        <source>%1: range of random slopes</source>
        <translation>%1：随机斜率的范围</translation>
    </message>
</context>
<context>
    <name>ae::DepthLabControls</name>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>%1 of %2 runs, %3 elapsed</source>
        <translation>%2 次运行中已完成 %1 次，已用 %3</translation>
    </message>
    <message>
        <source>, about %1 left</source>
        <translation>，约剩 %1</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message>
        <source>Cancelled. Finished runs are kept; Run resumes the sweep.</source>
        <translation>已取消。已完成的运行会保留；点击“运行”可继续。</translation>
    </message>
    <message>
        <source>Network at initialisation</source>
        <translation>初始化时的网络</translation>
    </message>
    <message>
        <source>Glorot (uniform)</source>
        <translation>Glorot（均匀分布）</translation>
    </message>
    <message>
        <source>He (uniform)</source>
        <translation>He（均匀分布）</translation>
    </message>
    <message>
        <source>LeCun (uniform)</source>
        <translation>LeCun（均匀分布）</translation>
    </message>
    <message>
        <source>BatchNorm after each layer</source>
        <translation>每层之后使用 BatchNorm</translation>
    </message>
    <message>
        <source>Layers:</source>
        <translation>层数：</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>宽度：</translation>
    </message>
    <message>
        <source>Initialisation:</source>
        <translation>初始化：</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <source>x for |f′(x)|^L:</source>
        <translation>|f′(x)|^L 中的 x：</translation>
    </message>
    <message>
        <source>Depth experiment</source>
        <translation>深度实验</translation>
    </message>
    <message>
        <source>Hidden layers to train, e.g. 1:25, 1:25:4 or 5,10,20</source>
        <translation>要训练的隐藏层数，例如 1:25、1:25:4 或 5,10,20</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>数据：</translation>
    </message>
    <message>
        <source>Seeds per point:</source>
        <translation>每点种子数：</translation>
    </message>
    <message>
        <source>Epochs:</source>
        <translation>轮数：</translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation>批大小：</translation>
    </message>
    <message>
        <source>Dropout:</source>
        <translation>Dropout：</translation>
    </message>
    <message>
        <source>Optimiser:</source>
        <translation>优化器：</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>学习率：</translation>
    </message>
    <message>
        <source>Momentum:</source>
        <translation>动量：</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Clear results</source>
        <translation>清除结果</translation>
    </message>
    <message>
        <source>The functions shown in the explorer are trained, at their current parameters.</source>
        <translation>训练的是函数浏览器中显示的函数，使用它们当前的参数。</translation>
    </message>
    <message>
        <source>Finished: %1 runs.</source>
        <translation>完成：%1 次运行。</translation>
    </message>
</context>
<context>
    <name>ae::DepthLabWorkspace</name>
    <message>
        <source>In a deep network the gradient reaching a layer is a product of one f′ per layer above it. Where |f′| is small the product vanishes (梯度消失); where f′ = 0 units are dead. A freshly initialised network, the same weights for every function:</source>
        <translation>在深层网络中，到达某一层的梯度是其上每层一个 f′ 的乘积。|f′| 小的地方乘积趋于零（梯度消失）；f′ = 0 的单元则“死亡”。下面是一个刚初始化的网络，每个函数使用相同的权重：</translation>
    </message>
    <message>
        <source>Gradient flow</source>
        <translation>梯度流</translation>
    </message>
    <message>
        <source>Depth experiment</source>
        <translation>深度实验</translation>
    </message>
    <message>
        <source>The output of one random network (2 → 64 → 32 → 16 → 1, the activation after every layer) over the square [0, 10]², the same weights for every function. ReLU's surface is piecewise linear, flat facets meeting in creases; Swish and Mish are smooth. Change the seed in the dock.</source>
        <translation>一个随机网络（2 → 64 → 32 → 16 → 1，每层之后接激活函数）在正方形 [0, 10]² 上的输出，每个函数使用相同的权重。ReLU 的曲面是分段线性的，平面在折痕处相交；Swish 和 Mish 是光滑的。可在侧栏中更换随机种子。</translation>
    </message>
    <message>
        <source>Output landscape</source>
        <translation>输出地形</translation>
    </message>
    <message>
        <source>Depth lab</source>
        <translation>深度实验室</translation>
    </message>
    <message>
        <source>Histograms at initialisation of:</source>
        <translation>初始化时的直方图：</translation>
    </message>
    <message>
        <source>Layers coloured from the input (dark) to the output (light).</source>
        <translation>各层颜色从输入（深）到输出（浅）。</translation>
    </message>
    <message>
        <source>The article's experiment: test accuracy as layers are added. Each line is the mean over the seeds, its band the worst and best run. On a 2-D data set, click a point to see that run's decision region.</source>
        <translation>文章中的实验：随着层数增加的测试准确率。每条线是各随机种子的平均值，色带是最差与最好的一次运行。在二维数据集上，点击一个点可查看该次运行的决策区域。</translation>
    </message>
    <message>
        <source>Decision region of:</source>
        <translation>决策区域：</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1：%2 %</translation>
    </message>
    <message>
        <source>Click a point of the accuracy chart, or choose a run above:
the classes its network predicts over the plane</source>
        <translation>点击准确率图中的一个点，或在上方选择一次运行：
显示其网络在平面上预测的类别</translation>
    </message>
    <message>
        <source>Decision regions need a 2-D data set:
spiral, circle, xor, gauss or moons</source>
        <translation>决策区域需要二维数据集：
spiral、circle、xor、gauss 或 moons</translation>
    </message>
    <message>
        <source>a finished run of a 2-D data set</source>
        <translation>二维数据集上已完成的一次运行</translation>
    </message>
    <message>
        <source>Export Figure…</source>
        <translation>导出图像…</translation>
    </message>
    <message>
        <source>Save this chart, with a title and a line stating the setup, as PNG, JPEG, SVG or PDF for notes and slides</source>
        <translation>将此图（带标题和一行实验设置说明）保存为 PNG、JPEG、SVG 或 PDF，用于讲义和幻灯片</translation>
    </message>
    <message>
        <source>Export Figure</source>
        <translation>导出图像</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;JPEG image (*.jpg)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf);;JPEG 图像 (*.jpg)</translation>
    </message>
    <message>
        <source>Could not export %1: %2</source>
        <translation>无法导出 %1：%2</translation>
    </message>
</context>
<context>
    <name>ae::ExportDialog</name>
    <message>
        <source>Notes (1200 × 800)</source>
        <translation>讲义（1200 × 800）</translation>
    </message>
    <message>
        <source>Slide (1920 × 1080)</source>
        <translation>幻灯片（1920 × 1080）</translation>
    </message>
    <message>
        <source>Square (1000 × 1000)</source>
        <translation>正方形（1000 × 1000）</translation>
    </message>
    <message>
        <source>Export Figure</source>
        <translation>导出图像</translation>
    </message>
    <message>
        <source>figure.png, figure.svg, figure.pdf …</source>
        <translation>figure.png、figure.svg、figure.pdf …</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>尺寸：</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Pixels per point for PNG and JPEG: 2× and 3× stay sharp on high-DPI screens and in print</source>
        <translation>PNG 和 JPEG 每点的像素数：2× 和 3× 在高分屏和打印中保持清晰</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>缩放：</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Print (black and white, dashed)</source>
        <translation>打印（黑白，虚线区分）</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Transparent background (PNG, SVG)</source>
        <translation>透明背景（PNG、SVG）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>请选择要导出的文件。</translation>
    </message>
    <message>
        <source>“%1” has no figure extension: use .png, .jpg, .svg or .pdf.</source>
        <translation>“%1”没有图像扩展名：请使用 .png、.jpg、.svg 或 .pdf。</translation>
    </message>
    <message>
        <source>%1 × %2 pixels is too large: at most %3 on each side.</source>
        <translation>%1 × %2 像素太大：每边最多 %3。</translation>
    </message>
    <message>
        <source>PNG image (*.png);;JPEG image (*.jpg *.jpeg);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;JPEG 图像 (*.jpg *.jpeg);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ae::FunctionList</name>
    <message>
        <source>&lt;p&gt;Also known as: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;又称：%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>函数</translation>
    </message>
</context>
<context>
    <name>ae::FunctionsWorkspace</name>
    <message>
        <source>Functions</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>Filter functions…</source>
        <translation>筛选函数…</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>性质</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>控制面板</translation>
    </message>
</context>
<context>
    <name>ae::HoverReadout</name>
    <message>
        <source>%1
x   = %2
f   = %3
f′  = %4
f″  = %5</source>
        <translation>%1
x   = %2
f   = %3
f′  = %4
f″  = %5</translation>
    </message>
</context>
<context>
    <name>ae::MainWindow</name>
    <message>
        <source>Activation Explorer</source>
        <translation>激活函数探索器</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Scene</source>
        <translation>新建场景(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open Scene…</source>
        <translation>打开场景(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save Scene</source>
        <translation>保存场景(&amp;S)</translation>
    </message>
    <message>
        <source>Save Scene &amp;As…</source>
        <translation>场景另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export Figure…</source>
        <translation>导出图像(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Copy Figure</source>
        <translation>复制图像(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Reset View</source>
        <translation>重置视图(&amp;R)</translation>
    </message>
    <message>
        <source>Reset &amp;Parameters</source>
        <translation>重置参数(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>工作区(&amp;W)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>The language changes the next time Activation Explorer starts.</source>
        <translation>语言将在下次启动激活函数探索器时更改。</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Activation Explorer</source>
        <translation>关于激活函数探索器(&amp;A)</translation>
    </message>
    <message>
        <source>About Activation Explorer</source>
        <translation>关于激活函数探索器</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Activation Explorer %1&lt;/h3&gt;&lt;p&gt;Explore neural-network activation functions, their derivatives and where their gradients vanish.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;激活函数探索器 %1&lt;/h3&gt;&lt;p&gt;探索神经网络的激活函数、它们的导数，以及梯度在哪里消失。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>%1%2 — Activation Explorer</source>
        <translation>%1%2 — 激活函数探索器</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The scene %1 has changes that are not saved. Save them first?</source>
        <translation>场景 %1 有未保存的更改。要先保存吗？</translation>
    </message>
    <message>
        <source>New scene</source>
        <translation>新场景</translation>
    </message>
    <message>
        <source>Open Scene</source>
        <translation>打开场景</translation>
    </message>
    <message>
        <source>Activation Explorer scenes (*.json);;All files (*)</source>
        <translation>激活函数探索器场景 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot Open Scene</source>
        <translation>无法打开场景</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Save Scene</source>
        <translation>保存场景</translation>
    </message>
    <message>
        <source>Activation Explorer scenes (*.json)</source>
        <translation>激活函数探索器场景 (*.json)</translation>
    </message>
    <message>
        <source>scene.json</source>
        <translation>scene.json</translation>
    </message>
    <message>
        <source>Cannot Save Scene</source>
        <translation>无法保存场景</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Cannot export %1: %2</source>
        <translation>无法导出 %1：%2</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Figure copied to the clipboard</source>
        <translation>图像已复制到剪贴板</translation>
    </message>
</context>
<context>
    <name>ae::ParameterPanel</name>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Sweep %1 from %2 to %3 (touch any control to stop)</source>
        <translation>让 %1 从 %2 扫到 %3（触碰任意控件即停止）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 的 %1</translation>
    </message>
    <message>
        <source>Reset %1 to %2</source>
        <translation>将 %1 重置为 %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Time for one sweep from a parameter's minimum to its maximum</source>
        <translation>参数从最小值扫到最大值一次所用的时间</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>往返</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>循环</translation>
    </message>
    <message>
        <source>Sweep:</source>
        <translation>扫动：</translation>
    </message>
</context>
<context>
    <name>ae::PropertiesPanel</name>
    <message>
        <source>&lt;i&gt;Select a shown function to see its properties.&lt;/i&gt;</source>
        <translation>&lt;i&gt;选择一个已显示的函数，查看它的性质。&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>ae::SaturationOverlay</name>
    <message>
        <source>f′ = 0 at x ≈ %1</source>
        <translation>在 x ≈ %1 处 f′ = 0</translation>
    </message>
    <message>
        <source>f′ ≈ 0 near x ≈ %1</source>
        <translation>x ≈ %1 附近 f′ ≈ 0</translation>
    </message>
    <message>
        <source>shaded: |f′| &lt; %1 (saturation)</source>
        <translation>阴影：|f′| &lt; %1（饱和）</translation>
    </message>
    <message>
        <source>hatched: f′ = 0</source>
        <translation>斜线：f′ = 0</translation>
    </message>
    <message>
        <source>dotted: |f′| &lt; %1, not saturating</source>
        <translation>点状：|f′| &lt; %1，非饱和</translation>
    </message>
</context>
<context>
    <name>ae::Scene</name>
    <message>
        <source>functions: unknown function "%1"</source>
        <translation>functions：未知函数“%1”</translation>
    </message>
    <message>
        <source>parameters: unknown function "%1"</source>
        <translation>parameters：未知函数“%1”</translation>
    </message>
    <message>
        <source>parameters.%1: expected %2 values, got %3</source>
        <translation>parameters.%1：应有 %2 个值，实际为 %3 个</translation>
    </message>
    <message>
        <source>parameters.%1.%2: %3 is outside %4 … %5</source>
        <translation>parameters.%1.%2：%3 超出 %4 … %5</translation>
    </message>
    <message>
        <source>parameters.%1.%2: %3 must not exceed %4 (%5)</source>
        <translation>parameters.%1.%2：%3 不得超过 %4（%5）</translation>
    </message>
    <message>
        <source>xRange: %1 … %2 must be finite, min &lt; max, within ±%3 and not narrower than 1e-9 relative</source>
        <translation>xRange：%1 … %2 必须有限、最小值 &lt; 最大值、在 ±%3 之内且相对宽度不小于 1e-9</translation>
    </message>
    <message>
        <source>epsilon: %1 must be greater than 0 and at most 1</source>
        <translation>epsilon：%1 必须大于 0 且不超过 1</translation>
    </message>
    <message>
        <source>selected: unknown function "%1"</source>
        <translation>selected：未知函数“%1”</translation>
    </message>
    <message>
        <source>yRanges.%1: %2 … %3 is not a finite range with min &lt; max</source>
        <translation>yRanges.%1：%2 … %3 不是最小值 &lt; 最大值的有限范围</translation>
    </message>
</context>
<context>
    <name>ae::SceneDocument</name>
    <message>
        <source>The scene has no file yet.</source>
        <translation>该场景还没有文件。</translation>
    </message>
</context>
<context>
    <name>ae::TeachingOverlay</name>
    <message>
        <source>f′ &lt; 0</source>
        <translation>f′ &lt; 0</translation>
    </message>
    <message>
        <source>min %1
at x = %2</source>
        <translation>最小值 %1
位于 x = %2</translation>
    </message>
    <message>
        <source>max %1
at x = %2</source>
        <translation>最大值 %1
位于 x = %2</translation>
    </message>
</context>
<context>
    <name>ae::ViewControls</name>
    <message>
        <source>The gradient counts as vanished where |f′(x)| &lt; ε</source>
        <translation>当 |f′(x)| &lt; ε 时视为梯度消失</translation>
    </message>
    <message>
        <source>ε (vanishing gradient):</source>
        <translation>ε（梯度消失阈值）：</translation>
    </message>
    <message>
        <source>x range:</source>
        <translation>x 范围：</translation>
    </message>
    <message>
        <source>Show f′(x) panel</source>
        <translation>显示 f′(x) 面板</translation>
    </message>
    <message>
        <source>Show f″(x) panel</source>
        <translation>显示 f″(x) 面板</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>重置视图</translation>
    </message>
    <message>
        <source>Back to x from −8 to 8 (also: double-click the plot)</source>
        <translation>恢复到 x 从 −8 到 8（也可双击图像）</translation>
    </message>
    <message>
        <source>x range: the minimum (%1) must be less than the maximum (%2).</source>
        <translation>x 范围：最小值（%1）必须小于最大值（%2）。</translation>
    </message>
    <message>
        <source>x range %1 … %2 is too narrow to plot.</source>
        <translation>x 范围 %1 … %2 太窄，无法绘制。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Activation Explorer</source>
        <translation>激活函数探索器</translation>
    </message>
    <message>
        <source>Try 'activation-explorer --help'.</source>
        <translation>请尝试 'activation-explorer --help'。</translation>
    </message>
    <message>
        <source>activation-explorer: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset).
Use --export FILE or --csv FILE to work without one, or run under xvfb-run.</source>
        <translation>activation-explorer：没有可打开窗口的显示器（DISPLAY 和 WAYLAND_DISPLAY 均未设置）。
可使用 --export FILE 或 --csv FILE 在无显示器时工作，或在 xvfb-run 下运行。</translation>
    </message>
    <message>
        <source>The last session could not be restored (%1); started with the defaults. Its data was kept in the settings under %2.</source>
        <translation>无法恢复上次的会话（%1）；已使用默认设置启动。其数据保存在设置项 %2 下。</translation>
    </message>
</context>
</TS>