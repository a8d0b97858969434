package io.github.fijiocr.calibrate;

import java.util.ArrayList;
import java.util.List;

/**
 * How {@link LabelShape#digitsSpacedByPoint} judges labels drawn in twelve faces, 11 to 28 points,
 * plain and bold, white on a noisy dark ground as {@link LabelShapeTest} draws them: digits set
 * side by side (never to be doubted) and two digits set a space apart, which in these faces is a
 * point's room (to be doubted: the point lost). Numbers with a 1 or ending in 0 are left out of the second count, as the rule does not
 * judge them. A face that is not installed falls back to Java's default. Run with the test class
 * path: {@code java -Djava.awt.headless=true -cp ... io.github.fijiocr.calibrate.PointSpacingBenchmark}.
 */
public final class PointSpacingBenchmark {
    private static final String[] FACES = {"DejaVu Sans", "Liberation Sans", "DejaVu Serif", "Liberation Serif",
        "DejaVu Sans Mono", "Liberation Mono", "Nimbus Sans", "FreeSans", "Nimbus Mono PS", "FreeMono", "Nimbus Roman",
        "FreeSerif"};
    private static final String[] NUMBERS = {"75", "25", "15", "35", "45", "65", "85", "95", "05", "02", "22", "55", "12",
        "225", "375"};

    private PointSpacingBenchmark() {
    }

    public static void main(String[] args) {
        System.out.println("| face | side by side, doubted | a point's room, doubted | first missed |");
        System.out.println("|---|---|---|---|");
        for (String face : FACES) {
            int doubted = 0;
            int sideBySide = 0;
            int seen = 0;
            int spaced = 0;
            List<String> missed = new ArrayList<>();
            for (int size = 11; size <= 28; size++) {
                for (boolean bold : new boolean[] {false, true}) {
                    for (String number : NUMBERS) {
                        String label = number + " µm";
                        sideBySide++;
                        doubted += LabelShapeTest.shape(face, label, label, size, bold).digitsSpacedByPoint() ? 1 : 0;
                        if (number.length() == 2 && !number.contains("1") && !number.endsWith("0")) {
                            spaced++;
                            String apart = number.charAt(0) + " " + number.charAt(1) + " µm";
                            if (LabelShapeTest.shape(face, apart, label, size, bold).digitsSpacedByPoint()) {
                                seen++;
                            } else if (missed.size() < 6) {
                                missed.add(number + " at " + size + (bold ? " bold" : ""));
                            }
                        }
                    }
                }
            }
            System.out.printf("| %s | %d of %d | %d of %d | %s |%n", face, doubted, sideBySide, seen, spaced,
                String.join(", ", missed));
        }
        System.exit(0);
    }
}
