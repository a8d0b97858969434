package io.github.fijiocr.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bytedeco.dnnl.IntMemoryMap;
import org.bytedeco.dnnl.convolution_forward;
import org.bytedeco.dnnl.engine;
import org.bytedeco.dnnl.memory;
import org.bytedeco.dnnl.pooling_forward;
import org.bytedeco.dnnl.primitive;
import org.bytedeco.dnnl.primitive_attr;
import org.bytedeco.dnnl.primitive_desc_base;
import org.bytedeco.dnnl.reorder;
import org.bytedeco.dnnl.stream;
import org.bytedeco.dnnl.global.dnnl;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.Pointer;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A folded line network ({@link BatchNormFolding}) run by oneDNN directly, through bytedeco's
 * presets, instead of through DL4J: the same convolutions and max poolings, channels last as
 * {@link ChannelsLast} runs them. Through DL4J each call described every layer to oneDNN again,
 * reordered its weights into oneDNN's layout and allocated fresh activations: for a 128-pixel
 * line about 1 to 2 ms of overhead beside oneDNN's own 0.47 ms of work (BENCHMARKS.md). Here the
 * weights are reordered once, each batch shape's primitives are kept ({@link #KEPT_SHAPES}) for
 * the next call, and activations live in two buffers that every shape shares (a large batch runs
 * in parts, so that they stay under {@link #KEPT_BYTES}).
 *
 * <p>One instance is for one thread, as a {@link Predictor} is; its native memory is freed by
 * {@link #close}, or by JavaCPP's collector when the instance is dropped. {@link #of} gives null
 * where this cannot run (a network of other layers, or a platform without the presets' natives),
 * and the predictor then reads through DL4J as before.
 */
final class OnednnLines implements AutoCloseable {
    /** Set to {@code false} to read with DL4J's layers instead (a comparison, or a problem with the natives). */
    static final String PROPERTY = "fiji.ocr.onednn.direct";
    /**
     * Batch shapes whose primitives are kept between calls: describing a shape to oneDNN again is
     * most of what a call through DL4J cost. Each kept shape holds about 2 MB of oneDNN's: reading
     * words_real three times peaked at 1.83 GB resident with 256 shapes, 1.51 GB with 128 (as
     * through DL4J) and 1.39 GB with 64, at 5.1, 5.3-5.6 and 5.6-6.3 ms a word.
     */
    static final int KEPT_SHAPES = 128;
    /**
     * A batch's activations are kept under this many bytes ({@link #output} runs a larger batch in
     * parts); a buffer over it (one line over 8,000 pixels) is given back after its call.
     */
    static final long KEPT_BYTES = 32L << 20;

    /** One layer: a convolution (weights {@code [out, in, kh, kw]}, bias) or a max pooling (kernel = stride). */
    private static final class Step {
        final boolean convolution;
        final int kh;
        final int kw;
        final int out;
        final float[] weights;
        final float[] bias;
        /** The weights in the layouts oneDNN chose for them so far (usually one). */
        final List<memory> reordered = new ArrayList<>();

        Step(boolean convolution, int kh, int kw, int out, float[] weights, float[] bias) {
            this.convolution = convolution;
            this.kh = kh;
            this.kw = kw;
            this.out = out;
            this.weights = weights;
            this.bias = bias;
        }
    }

    /**
     * A batch shape's primitives, in order, with their arguments. Its activations and scratch
     * memory have no buffers of their own: before each run they are pointed into this instance's
     * {@link Arena}, so a kept shape costs only its primitives.
     */
    private static final class Plan {
        final List<primitive> primitives = new ArrayList<>();
        final List<IntMemoryMap> arguments = new ArrayList<>();
        final List<Pointer> owned = new ArrayList<>();
        /** Activations: the input, then each layer's output; even ones in buffer 0, odd in buffer 1. */
        final List<memory> activations = new ArrayList<>();
        final List<memory> scratch = new ArrayList<>();
        long activationBytes;
        long scratchBytes;
        int columns;

        void close() {
            for (int i = owned.size() - 1; i >= 0; i--) {
                owned.get(i).close();
            }
        }
    }

    /**
     * Two activation buffers (a layer reads one and writes the other) and one scratch buffer,
     * shared by every plan: grown as shapes need (to {@link #KEPT_BYTES} at most, but for a single
     * line larger than that, given back after its call).
     */
    final class Arena {
        private final memory[] buffers = new memory[3];
        private final long[] sizes = new long[3];

        /**
         * A buffer of at least {@code bytes}. A plan may need none (0 bytes): on AVX2-only CPUs
         * oneDNN's primitives here ask for no scratchpad, and it still gets a buffer to point to.
         */
        Pointer get(int i, long bytes) {
            if (buffers[i] == null || sizes[i] < bytes) {
                free(i);
                buffers[i] = new memory(new memory.desc(new long[] {Math.max(1, bytes)}, memory.data_type.u8,
                    memory.format_tag.x), engine);
                sizes[i] = bytes;
            }
            return buffers[i].get_data_handle();
        }

        void trim() {
            for (int i = 0; i < buffers.length; i++) {
                if (sizes[i] > KEPT_BYTES) {
                    free(i);
                }
            }
        }

        void free(int i) {
            if (buffers[i] != null) {
                buffers[i].close();
                buffers[i] = null;
                sizes[i] = 0;
            }
        }
    }

    private final List<Step> steps;
    private final int classes;
    private final engine engine;
    private final stream stream;
    final Arena arena = new Arena();
    private final Map<Long, Plan> plans = new LinkedHashMap<>(16, 0.75f, true);

    private OnednnLines(List<Step> steps, int classes) {
        this.steps = steps;
        this.classes = classes;
        this.engine = new engine(org.bytedeco.dnnl.engine.kind.cpu, 0);
        this.stream = new stream(engine);
    }

    /**
     * oneDNN's copy of {@code folded}, a channels-first line network of convolutions and max
     * poolings; null when it has other layers, when {@value #PROPERTY} is {@code false}, or when
     * oneDNN's natives cannot be loaded here.
     */
    static OnednnLines of(MultiLayerNetwork folded) {
        if ("false".equalsIgnoreCase(System.getProperty(PROPERTY))) {
            return null;
        }
        List<Step> steps = steps(folded);
        if (steps == null) {
            return null;
        }
        int classes = 0;
        for (Step s : steps) {
            classes = s.convolution ? s.out : classes;
        }
        try {
            Nd4jRuntime.ensureReady(); // one OpenMP runtime for both: ND4J's, loaded first
            Nd4jRuntime.quietVersionCheck("org.bytedeco.dnnl.global.dnnl");
            return new OnednnLines(steps, classes);
        } catch (LinkageError | RuntimeException e) {
            return null; // no natives for this platform, or they do not load: DL4J reads
        }
    }

    /** Logits per column: the last convolution's outputs. */
    int classes() {
        return classes;
    }

    /** The layers of a network this class can run, or null. */
    private static List<Step> steps(MultiLayerNetwork net) {
        MultiLayerConfiguration conf = net.getLayerWiseConfigurations();
        if (!conf.getInputPreProcessors().isEmpty() || ChannelsLast.isChannelsLast(net)) {
            return null;
        }
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < conf.getConfs().size(); i++) {
            Layer layer = conf.getConf(i).getLayer();
            if (layer.getClass() == ConvolutionLayer.class) {
                ConvolutionLayer c = (ConvolutionLayer) layer;
                INDArray w = net.getLayer(i).getParam("W");
                INDArray b = net.getLayer(i).getParam("b");
                int kh = c.getKernelSize()[0];
                int kw = c.getKernelSize()[1];
                if (c.getConvolutionMode() != ConvolutionMode.Same || c.getStride()[0] != 1 || c.getStride()[1] != 1
                    || c.getDilation()[0] != 1 || c.getDilation()[1] != 1 || kh % 2 == 0 || kw % 2 == 0
                    || !(c.getActivationFn() instanceof ActivationIdentity) || b == null || w.rank() != 4) {
                    return null;
                }
                steps.add(new Step(true, kh, kw, (int) w.size(0), w.dup('c').data().asFloat(),
                    b.dup('c').data().asFloat()));
            } else if (layer.getClass() == SubsamplingLayer.class) {
                SubsamplingLayer s = (SubsamplingLayer) layer;
                if (s.getPoolingType() != PoolingType.MAX || s.getKernelSize()[0] != s.getStride()[0]
                    || s.getKernelSize()[1] != s.getStride()[1] || s.getPadding()[0] != 0 || s.getPadding()[1] != 0) {
                    return null;
                }
                steps.add(new Step(false, s.getKernelSize()[0], s.getKernelSize()[1], 0, null, null));
            } else {
                return null;
            }
        }
        return steps.isEmpty() || !steps.get(steps.size() - 1).convolution ? null : steps;
    }

    /**
     * The network's logits for {@code n} lines of {@code height x width} pixels ({@code flat}, row
     * by row, line after line): {@code [line][column][class]} flattened, as the channels-last
     * network gives them; null when a pooling would not divide this shape evenly (DL4J then pads).
     */
    float[] output(float[] flat, int n, int height, int width) {
        // A batch whose activations would pass KEPT_BYTES runs in parts of as many lines as fit:
        // the lines are independent, and buffers that large, allocated for each call, made a
        // batch of 64 ten-character lines twice as slow as through DL4J.
        int part = (int) Math.max(1, Math.min(n, KEPT_BYTES / largestActivation(height, width)));
        if (part == n) {
            return run(flat, n, height, width);
        }
        float[] out = null;
        int pixels = height * width;
        for (int from = 0; from < n; from += part) {
            int lines = Math.min(part, n - from);
            float[] logits = run(java.util.Arrays.copyOfRange(flat, from * pixels, (from + lines) * pixels), lines,
                height, width);
            if (logits == null) {
                return null;
            }
            int perLine = logits.length / lines;
            out = out == null ? new float[n * perLine] : out;
            System.arraycopy(logits, 0, out, from * perLine, logits.length);
        }
        return out;
    }

    /** Bytes of the largest activation of one line of this shape. */
    private long largestActivation(int height, int width) {
        long largest = (long) height * width * Float.BYTES;
        int channels = 1;
        for (Step s : steps) {
            if (s.convolution) {
                channels = s.out;
            } else {
                height = Math.max(1, height / s.kh);
                width = Math.max(1, width / s.kw);
            }
            largest = Math.max(largest, (long) channels * height * width * Float.BYTES);
        }
        return largest;
    }

    /** {@link #output} for one batch, with this shape's plan. */
    private float[] run(float[] flat, int n, int height, int width) {
        long key = ((long) n << 32) | width;
        Plan plan = plans.get(key);
        if (plan == null) {
            plan = plan(n, height, width);
            if (plan == null) {
                return null;
            }
            plans.put(key, plan);
            if (plans.size() > KEPT_SHAPES) {
                Map.Entry<Long, Plan> eldest = plans.entrySet().iterator().next();
                eldest.getValue().close();
                plans.remove(eldest.getKey());
            }
        }
        Pointer[] buffer = {arena.get(0, plan.activationBytes), arena.get(1, plan.activationBytes)};
        for (int i = 0; i < plan.activations.size(); i++) {
            plan.activations.get(i).set_data_handle(buffer[i % 2]);
        }
        Pointer scratch = arena.get(2, plan.scratchBytes);
        for (memory m : plan.scratch) {
            m.set_data_handle(scratch);
        }
        new FloatPointer(buffer[0]).put(flat, 0, n * height * width);
        for (int i = 0; i < plan.primitives.size(); i++) {
            plan.primitives.get(i).execute(stream, plan.arguments.get(i));
        }
        stream._wait();
        float[] out = new float[n * plan.columns * classes];
        new FloatPointer(buffer[(plan.activations.size() - 1) % 2]).get(out);
        arena.trim();
        return out;
    }

    private Plan plan(int n, int height, int width) {
        Plan plan = new Plan();
        int channels = 1;
        memory.desc current = desc(plan, n, channels, height, width, memory.format_tag.nhwc);
        activation(plan, current);
        primitive_attr attr = own(plan, new primitive_attr());
        attr.set_scratchpad_mode(dnnl.scratchpad_mode.user);
        for (Step s : steps) {
            memory.desc dst;
            primitive_desc_base pd;
            primitive p;
            IntMemoryMap args = own(plan, new IntMemoryMap());
            if (s.convolution) {
                memory.desc anyWeights = desc(plan, s.out, channels, s.kh, s.kw, memory.format_tag.any);
                memory.desc bias = own(plan, new memory.desc(new long[] {s.out}, memory.data_type.f32,
                    memory.format_tag.x));
                dst = desc(plan, n, s.out, height, width, memory.format_tag.nhwc);
                long[] pad = {(s.kh - 1) / 2, (s.kw - 1) / 2};
                convolution_forward.primitive_desc cpd = own(plan, new convolution_forward.primitive_desc(
                    own(plan, new convolution_forward.desc(dnnl.prop_kind.forward_inference,
                        dnnl.algorithm.convolution_direct, current, anyWeights, bias, dst, new long[] {1, 1}, pad, pad)),
                    attr, engine));
                args.put(dnnl.DNNL_ARG_WEIGHTS, weights(s, channels, own(plan, cpd.weights_desc())));
                args.put(dnnl.DNNL_ARG_BIAS, own(plan, floats(bias, s.bias)));
                p = new convolution_forward(cpd);
                pd = cpd;
                channels = s.out;
            } else {
                if (height % s.kh != 0 || width % s.kw != 0) {
                    plan.close();
                    return null;
                }
                height /= s.kh;
                width /= s.kw;
                dst = desc(plan, n, channels, height, width, memory.format_tag.nhwc);
                pooling_forward.primitive_desc ppd = own(plan, new pooling_forward.primitive_desc(
                    own(plan, new pooling_forward.desc(dnnl.prop_kind.forward_inference, dnnl.algorithm.pooling_max,
                        current, dst, new long[] {s.kh, s.kw}, new long[] {s.kh, s.kw}, new long[] {0, 0},
                        new long[] {0, 0})),
                    attr, engine));
                p = new pooling_forward(ppd);
                pd = ppd;
            }
            args.put(dnnl.DNNL_ARG_SRC, plan.activations.get(plan.activations.size() - 1));
            args.put(dnnl.DNNL_ARG_DST, activation(plan, dst));
            memory.desc scratch = own(plan, pd.scratchpad_desc());
            if (scratch.get_size() > 0) {
                memory m = own(plan, new memory(scratch, engine, new Pointer()));
                plan.scratch.add(m);
                plan.scratchBytes = Math.max(plan.scratchBytes, scratch.get_size());
                args.put(dnnl.DNNL_ARG_SCRATCHPAD, m);
            }
            plan.primitives.add(own(plan, p));
            plan.arguments.add(args);
            current = dst;
        }
        plan.columns = height * width;
        return plan;
    }

    /** A memory for an activation of {@code desc}, its buffer set at each run. */
    private memory activation(Plan plan, memory.desc desc) {
        memory m = own(plan, new memory(desc, engine, new Pointer()));
        plan.activations.add(m);
        plan.activationBytes = Math.max(plan.activationBytes, desc.get_size());
        return m;
    }

    /** A layer's weights in oneDNN's chosen layout {@code wanted}, reordered from DL4J's the first time. */
    private memory weights(Step s, int in, memory.desc wanted) {
        for (memory m : s.reordered) {
            if (m.get_desc().equals(wanted)) {
                return m;
            }
        }
        memory.desc plain = new memory.desc(new long[] {s.out, in, s.kh, s.kw}, memory.data_type.f32,
            memory.format_tag.oihw);
        memory user = floats(plain, s.weights);
        memory m = new memory(wanted, engine);
        new reorder(user, m).execute(stream, user, m);
        stream._wait();
        user.close();
        plain.close();
        s.reordered.add(m);
        return m;
    }

    private memory floats(memory.desc desc, float[] values) {
        memory m = new memory(desc, engine);
        new FloatPointer(m.get_data_handle()).put(values);
        return m;
    }

    private static memory.desc desc(Plan plan, long a, long b, long c, long d, memory.format_tag tag) {
        return own(plan, new memory.desc(new long[] {a, b, c, d}, memory.data_type.f32, tag));
    }

    private static <T extends Pointer> T own(Plan plan, T pointer) {
        plan.owned.add(pointer);
        return pointer;
    }

    /** Frees every kept shape and the reordered weights; the instance is not used after. */
    @Override
    public void close() {
        for (Plan p : plans.values()) {
            p.close();
        }
        plans.clear();
        for (int i = 0; i < 3; i++) {
            arena.free(i);
        }
        for (Step s : steps) {
            for (memory m : s.reordered) {
                m.close();
            }
            s.reordered.clear();
        }
        stream.close();
        engine.close();
    }
}
