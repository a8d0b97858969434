package io.github.fijiocr.augment;

/** Blur for augmentation, on float pixels. */
public final class Blur {
    private Blur() {
    }

    /**
     * Separable Gaussian on a width x height image, radius 3 sigma, edges repeated. Plain Java on the caller's
     * thread: ImageJ's blur runs on its shared pool, whose threads are not daemons and keep a
     * headless JVM from exiting.
     */
    public static void gaussian(float[] img, int width, int height, double sigma) {
        int r = (int) Math.ceil(3 * sigma);
        float[] k = new float[2 * r + 1];
        double sum = 0;
        for (int i = -r; i <= r; i++) {
            k[i + r] = (float) Math.exp(-i * i / (2 * sigma * sigma));
            sum += k[i + r];
        }
        for (int i = 0; i < k.length; i++) {
            k[i] /= (float) sum;
        }
        float[] tmp = new float[img.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                float acc = 0;
                for (int i = -r; i <= r; i++) {
                    acc += k[i + r] * img[y * width + Math.max(0, Math.min(width - 1, x + i))];
                }
                tmp[y * width + x] = acc;
            }
        }
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                float acc = 0;
                for (int i = -r; i <= r; i++) {
                    acc += k[i + r] * tmp[Math.max(0, Math.min(height - 1, y + i)) * width + x];
                }
                img[y * width + x] = acc;
            }
        }
    }
}
