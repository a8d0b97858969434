package io.github.fijiocr.bench;

import io.github.fijiocr.model.BatchNormFolding;
import io.github.fijiocr.model.ChannelsLast;
import io.github.fijiocr.model.LineArchitectures;
import io.github.fijiocr.model.ModelFile;
import io.github.fijiocr.model.Nd4jRuntime;
import io.github.fijiocr.model.OcrModel;
import io.github.fijiocr.model.Predictor;
import java.util.Arrays;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The bundled line network alone, one line per call on one thread, at line widths from a short
 * word to a long label: the folded network as stored (channels first) against its channels-last
 * copy ({@link ChannelsLast}), and a line model's predictor as it reads, oneDNN run directly
 * ({@code OnednnLines}, with its ln-softmax in Java). The three alternate call by call, so the
 * machine's noise falls on all alike. Usage: {@code LineNetworkBenchmark [calls_per_width] [rounds]}.
 */
public final class LineNetworkBenchmark {
    private static final int[] WIDTHS = {64, 128, 256, 384, 448, 512, 768, 1024};

    private LineNetworkBenchmark() {
    }

    public static void main(String[] args) {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Nd4jRuntime.useThreads(1);
        OcrModel model = ModelFile.bundledLine();
        MultiLayerNetwork first = BatchNormFolding.fold(model.network());
        MultiLayerNetwork last = ChannelsLast.of(first);
        Predictor direct = model.predictor(null);
        if (!direct.direct()) {
            System.out.println("oneDNN's presets did not load here: the third column is DL4J's channels-last copy");
        }
        int h = LineArchitectures.HEIGHT;
        System.out.println("| line width (pixels, 32 high) | channels first, ms | channels last, ms | ratio "
            + "| oneDNN direct, ms (with ln-softmax) | channels last / direct |");
        System.out.println("|---|---|---|---|---|---|");
        for (int w : WIDTHS) {
            Nd4j.getRandom().setSeed(w);
            INDArray nchw = Nd4j.rand(first.params().dataType(), 1, 1, h, w);
            INDArray nhwc = nchw.reshape('c', 1, h, w, 1);
            List<float[]> row = List.of(nchw.dup('c').data().asFloat());
            int[] columns = {w / LineArchitectures.COLUMN_WIDTH};
            for (int i = 0; i < 20; i++) {
                first.output(nchw, false);
                last.output(nhwc, false);
                direct.lineLogProbs(row, w, columns);
            }
            double[] a = new double[rounds];
            double[] b = new double[rounds];
            double[] c = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                for (int i = 0; i < calls; i++) {
                    long t0 = System.nanoTime();
                    first.output(nchw, false);
                    long t1 = System.nanoTime();
                    last.output(nhwc, false);
                    long t2 = System.nanoTime();
                    direct.lineLogProbs(row, w, columns);
                    a[r] += (t1 - t0) / 1e6;
                    b[r] += (t2 - t1) / 1e6;
                    c[r] += (System.nanoTime() - t2) / 1e6;
                }
                a[r] /= calls;
                b[r] /= calls;
                c[r] /= calls;
            }
            double ma = median(a);
            double mb = median(b);
            double mc = median(c);
            System.out.printf("| %d | %.2f | %.2f | %.2fx faster | %.2f | %.2fx faster |%n", w, ma, mb, ma / mb, mc,
                mb / mc);
        }
        System.exit(0);
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
