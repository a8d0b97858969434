package io.github.fijiocr.cli;

import ij.ImagePlus;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.scijava.Context;
import org.scijava.ItemIO;
import org.scijava.ItemVisibility;
import org.scijava.command.CommandInfo;
import org.scijava.plugin.Parameter;
import org.scijava.service.Service;

/**
 * What the launcher says about itself: usage, version, and a command's keys. A command's keys
 * are its {@code @Parameter} fields, as for macros (command.Keys): label, description, choices and
 * range from the annotation, the default from a fresh instance. Own keys come first, then those of
 * its superclasses (the locating keys), as in the dialog. Keys that cannot come from a command
 * line (services, an open image, dialog headings) are left out.
 */
final class Help {
    static final String POM_PROPERTIES = "/META-INF/maven/io.github.fijiocr/fiji-ocr/pom.properties";

    private Help() {
    }

    static String usage(List<CommandInfo> commands) {
        return "usage: fiji-ocr --run \"Command\" [key=value ...]   run a command; tables go to standard output as CSV\n"
            + "       fiji-ocr --run \"Command\" --help              the command's keys, defaults and ranges\n"
            + "       fiji-ocr --help [\"Command\"]                  this text, or a command's keys\n"
            + "       fiji-ocr -macro FILE.ijm [ARG]               run an ImageJ macro; what it returns goes to standard output\n"
            + "       fiji-ocr --script FILE.py [key=value ...]    run a SciJava script (#@ parameters); its outputs go to standard output\n"
            + "       fiji-ocr --version\n"
            + "Options: key=value key2=[value with spaces] (ImageJ macro form) or key='value',key2=value (Fiji's form).\n"
            + "Exit status: 0 success, 1 failure (or an input skipped as unreadable), 2 wrong usage.\n"
            + (commands == null ? "" : "Commands:\n" + commands.stream().map(c -> "  " + c.getTitle()).sorted()
                .collect(Collectors.joining("\n")) + "\n");
    }

    /** The version of the jar (Maven's pom.properties in it), or "unknown" when run from classes. */
    static String version() {
        try (InputStream in = Help.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version", "unknown");
            }
        } catch (IOException e) {
            // fall through
        }
        String v = Help.class.getPackage() == null ? null : Help.class.getPackage().getImplementationVersion();
        return v == null ? "unknown (not run from the packaged jar)" : v;
    }

    /** One key of a command as the command line gives it. */
    static final class Key {
        final Field field;
        final Parameter parameter;

        Key(Field field) {
            this.field = field;
            this.parameter = field.getAnnotation(Parameter.class);
        }

        String name() {
            return field.getName();
        }

        /** Whether the launcher checks that the value is a number before the command runs. */
        boolean isNumber() {
            Class<?> t = field.getType();
            return t == int.class || t == long.class || t == double.class || t == float.class
                || Number.class.isAssignableFrom(t);
        }
    }

    /** The keys a command line may give {@code command}: own fields first, then its superclasses'. */
    static List<Key> keys(Class<?> command) {
        List<Key> out = new ArrayList<>();
        for (Class<?> c = command; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                Parameter p = f.getAnnotation(Parameter.class);
                if (p != null && p.type() != ItemIO.OUTPUT && p.visibility() != ItemVisibility.MESSAGE
                    && !Service.class.isAssignableFrom(f.getType()) && f.getType() != Context.class
                    && f.getType() != ImagePlus.class) {
                    out.add(new Key(f));
                }
            }
        }
        return out;
    }

    static String keyNames(Class<?> command) {
        return keys(command).stream().map(Key::name).collect(Collectors.joining(" "));
    }

    /** "Read Text: ..." and a line per key: name, default, what it accepts, label and description. */
    static String command(CommandInfo info, Class<?> command) {
        Object fresh = newInstance(command);
        StringBuilder sb = new StringBuilder();
        sb.append(info.getTitle()).append(" (").append(info.getMenuPath().getMenuString())
            .append(")\nusage: fiji-ocr --run \"").append(info.getTitle()).append("\" [key=value ...]\n")
            .append("keys (default, then what it accepts):\n");
        for (Key k : keys(command)) {
            Parameter p = k.parameter;
            String accepts = accepts(k);
            String label = p.label().isEmpty() ? "" : p.label();
            String text = label + (p.description().isEmpty() ? "" : (label.isEmpty() ? "" : "; ") + p.description());
            sb.append(String.format("  %-20s %-10s %s%s%n", k.name(), defaultOf(k, fresh),
                accepts.isEmpty() ? "" : "[" + accepts + "] ", text));
        }
        return sb.toString();
    }

    private static String accepts(Key k) {
        Parameter p = k.parameter;
        Class<?> t = k.field.getType();
        if (p.choices().length > 0) {
            return String.join("|", p.choices());
        }
        if (k.isNumber()) {
            String kind = t == int.class || t == long.class || t == Integer.class || t == Long.class
                ? "whole number" : "number";
            if (!p.min().isEmpty() && !p.max().isEmpty()) {
                return kind + " " + p.min() + " to " + p.max();
            }
            return kind + (p.min().isEmpty() ? "" : " >= " + p.min()) + (p.max().isEmpty() ? "" : " <= " + p.max());
        }
        if (t == boolean.class || t == Boolean.class) {
            return "true|false";
        }
        if (t == File.class) {
            return "file";
        }
        return "";
    }

    private static String defaultOf(Key k, Object fresh) {
        if (fresh == null) {
            return "?";
        }
        try {
            k.field.setAccessible(true);
            Object v = k.field.get(fresh);
            if (v == null || v instanceof File && ((File) v).getPath().isEmpty()) {
                return "(none)";
            }
            if (v instanceof String && ((String) v).isEmpty()) {
                return "(empty)";
            }
            return String.valueOf(v);
        } catch (IllegalAccessException | RuntimeException e) {
            return "?";
        }
    }

    private static Object newInstance(Class<?> command) {
        try {
            return command.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
