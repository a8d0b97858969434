package io.github.fijiocr;

import static org.junit.Assert.assertTrue;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/**
 * SciJava reflects on every method of a service (and its interfaces) when Fiji starts; an ImageJ
 * 1.x type there loads ImageJ before imagej-legacy patches it ("duplicate class definition for
 * ij.ImagePlus" in Fiji 2.14). So the service's signatures must not mention ij.* types.
 */
public class ServiceSignaturesTest {
    @Test
    public void noImageJ1TypesInTheServiceSignatures() {
        List<String> offending = new ArrayList<>();
        for (Class<?> c : new Class<?>[] {DefaultOcrService.class, OcrService.class}) {
            for (Method m : c.getDeclaredMethods()) {
                List<Class<?>> types = new ArrayList<>(List.of(m.getParameterTypes()));
                types.add(m.getReturnType());
                for (Class<?> t : types) {
                    if (t.getName().startsWith("ij.")) {
                        offending.add(c.getSimpleName() + "." + m.getName() + " uses " + t.getName());
                    }
                }
            }
        }
        assertTrue(offending.toString(), offending.isEmpty());
    }
}
