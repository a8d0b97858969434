package org.nd4j.nativeblas;

/**
 * Compatibility shim, not part of ND4J. DL4J 1.0.0-M2.1 decides whether its oneDNN layer
 * helpers may run by calling {@code org.nd4j.nativeblas.Nd4jCpu$Environment.getInstance().isUseMKLDNN()}
 * by reflection ({@code BaseMKLDNNHelper.mklDnnEnabled}); the M2.1 natives moved that class to
 * {@code org.nd4j.linalg.cpu.nativecpu.bindings} and renamed the method {@code isUseONEDNN}.
 * Without this class DL4J silently falls back to im2col in Java, about 9 times slower.
 * No ND4J jar defines this name, so nothing is shadowed.
 */
public final class Nd4jCpu {
    private Nd4jCpu() {
    }

    /** Answers DL4J's old question with the new native call. */
    public static final class Environment {
        private static final Environment INSTANCE = new Environment();

        private Environment() {
        }

        public static Environment getInstance() {
            return INSTANCE;
        }

        public boolean isUseMKLDNN() {
            return org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu.Environment.getInstance().isUseONEDNN();
        }
    }
}
