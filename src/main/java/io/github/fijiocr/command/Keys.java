package io.github.fijiocr.command;

import io.github.fijiocr.common.OcrException;
import java.io.File;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.scijava.Context;
import org.scijava.ItemIO;
import org.scijava.plugin.Parameter;
import org.scijava.service.Service;

/**
 * The one parser of macro keys. A command's {@code @Parameter} fields are its keys: their
 * annotations hold each key's label, choices and range, and their initial values the defaults,
 * so nothing is written twice. Before a command runs, every key is checked here:
 * <ul>
 * <li>an empty file ({@code input=[]}) means none;</li>
 * <li>a choice is matched ignoring case and set to its canonical spelling, or refused with one
 * line naming the key and the choices;</li>
 * <li>a number outside its {@code min}/{@code max} is refused with one line naming the range;</li>
 * <li>in a macro, a number that is not a number ({@code threshold=abc}) is refused, where
 * SciJava would quietly keep the default.</li>
 * </ul>
 */
public final class Keys {
    private Keys() {
    }

    /** Checks and normalises the input fields of {@code command}. */
    public static void check(Object command) {
        for (Field f : inputs(command.getClass())) {
            try {
                f.setAccessible(true);
                Object value = f.get(command);
                Parameter p = f.getAnnotation(Parameter.class);
                if (value instanceof File && ((File) value).getPath().isEmpty()) {
                    f.set(command, null);
                } else if (value instanceof String && p.choices().length > 0) {
                    f.set(command, choice(f.getName(), (String) value, p.choices()));
                } else if (value instanceof Number) {
                    range(f.getName(), ((Number) value).doubleValue(), p.min(), p.max());
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * Refuses numeric keys of an ImageJ macro option string that are not numbers. SciJava converts
     * such a value to nothing and keeps the default, so {@code threshold=0,9} would run at 0.7.
     */
    public static void checkMacroNumbers(Class<?> commandClass, String options) {
        if (options == null) {
            return;
        }
        for (Field f : inputs(commandClass)) {
            Class<?> t = f.getType();
            boolean number = t == int.class || t == long.class || t == double.class || t == float.class
                || Number.class.isAssignableFrom(t);
            String value = number ? ij.Macro.getValue(options, f.getName(), null) : null;
            if (value == null) {
                continue;
            }
            try {
                Double.parseDouble(value.trim());
                if ((t == int.class || t == long.class) && !value.trim().matches("[-+]?\\d+")) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                throw new OcrException(f.getName() + "=" + (value.isEmpty() ? "[]" : value) + " is not a" + (t == int.class || t == long.class
                    ? " whole number" : " number") + " (use a point for decimals, e.g. " + f.getName() + "="
                    + example(f, value) + ").");
            }
        }
    }

    /** {@code value} as spelt in {@code choices}, ignoring case and surrounding spaces. */
    public static String choice(String key, String value, String... choices) {
        String v = value == null ? "" : value.trim();
        for (String c : choices) {
            if (c.equalsIgnoreCase(v)) {
                return c;
            }
        }
        throw new OcrException(key + "=" + value + " is not a choice: use " + oneOf(choices) + ".");
    }

    /** A choice as an enum constant of the same name (any case). */
    public static <E extends Enum<E>> E choice(String key, String value, Class<E> type) {
        String[] names = Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT))
            .toArray(String[]::new);
        return Enum.valueOf(type, choice(key, value, names).toUpperCase(Locale.ROOT));
    }

    static void range(String key, double value, String min, String max) {
        double lo = min.isEmpty() ? Double.NEGATIVE_INFINITY : Double.parseDouble(min);
        double hi = max.isEmpty() ? Double.POSITIVE_INFINITY : Double.parseDouble(max);
        if (!(value >= lo && value <= hi)) {
            String range = max.isEmpty() ? min + " or more" : min.isEmpty() ? max + " or less"
                : "a value from " + min + " to " + max;
            throw new OcrException(key + "=" + format(value) + " is out of range: use " + range + ".");
        }
    }

    /** The value as it was probably meant ({@code 0,9} as {@code 0.9}), else the smallest allowed. */
    private static String example(Field f, String value) {
        String point = value.trim().replace(',', '.');
        boolean whole = f.getType() == int.class || f.getType() == long.class;
        if (!whole && point.matches("[-+]?\\d*\\.\\d+|[-+]?\\d+")) {
            return point;
        }
        Parameter p = f.getAnnotation(Parameter.class);
        return !p.min().isEmpty() ? p.min() : "1";
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static String oneOf(String... choices) {
        if (choices.length == 1) {
            return choices[0];
        }
        return String.join(", ", Arrays.copyOf(choices, choices.length - 1)) + " or " + choices[choices.length - 1];
    }

    /** The macro keys of a command class: its input parameters, superclasses first, services left out. */
    static List<Field> inputs(Class<?> type) {
        List<Field> out = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            List<Field> own = new ArrayList<>();
            for (Field f : c.getDeclaredFields()) {
                Parameter p = f.getAnnotation(Parameter.class);
                if (p != null && p.type() != ItemIO.OUTPUT && !Service.class.isAssignableFrom(f.getType())
                    && f.getType() != Context.class) {
                    own.add(f);
                }
            }
            out.addAll(0, own);
        }
        return out;
    }
}
