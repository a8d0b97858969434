package io.github.fijiocr.calibrate;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time a burned-in timestamp says, and the text a timestamp of the same format would show
 * for another time. Formats: a clock ({@code mm:ss}, {@code hh:mm:ss}, each optionally with a
 * fraction), a date and a clock ({@code 2024-05-01 12:00:03}, day first with dots or slashes), a
 * number with a unit ({@code 12.5 s}, {@code t = 3 min}, {@code 250 ms}) and a counter (a number
 * without a unit, alone or after {@code #}, {@code frame} or {@code slice}: {@code frame 12},
 * {@code #12}, ImageJ's "0000"; other words would let a misread clock pass as a counter).
 * Counters carry no unit: their values are counts, not seconds.
 */
public final class TimeText {
    /** What a format's numbers mean. */
    public enum Kind { CLOCK, DATE_TIME, WITH_UNIT, COUNTER }

    /**
     * A word before a colon, with a letter a reader does not take for a digit: hours read as
     * letters ({@code o: 00:04} for {@code 01:00:04}, a 12-point clock at twice the size) made a
     * label of them, and the clock read an hour early on every slice.
     */
    private static final String WORD = "[A-Za-z]*[ACEFGHJKLMNPRTUVWXYacdefhjkmnprtuvwxy][A-Za-z]* ?: ";
    /**
     * A word and a colon before the time ({@code Time: 5 sec}, {@code T: 3 min}), as acquisition
     * software labels it; the space after the colon is required, or a clock's first digit read
     * as a letter ({@code l:00:42}) would pass as a label.
     */
    private static final String LABEL = "(" + WORD + ")?";
    /** Minutes and seconds after a clock's first number run to 59: a reader that sees 90 saw a 3 or a 5. */
    private static final String CLOCK_ANY = LABEL + "\\d+:[0-5]\\d(:[0-5]\\d)?(\\.\\d+)?";
    /**
     * A date and a clock: a four-digit year is of the 1900s or 2000s, and an hour after a date is
     * under 24 (a cell over a year's first digit read {@code 0924} on every slice; a lost space
     * and hour read {@code 2024-05-0234:00}, taken as 34 hours and a minute a slice).
     */
    private static final String DATE_TIME_ANY = "((19|20)\\d\\d[-./]\\d{1,2}[-./]\\d{1,2}|\\d{1,2}[-./]\\d{1,2}[-./]"
        + "((19|20)\\d\\d|\\d\\d)) ([01]?\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?(\\.\\d+)?";
    /**
     * A number with a unit has no leading zero ("05 s" is "0.5 s" with its point unseen): software
     * that pads a count writes a counter or a clock, not seconds with a unit.
     */
    private static final String WITH_UNIT_ANY = "([Tt] ?= ?|" + WORD + ")?(0|[1-9]\\d*)(\\.\\d+)? ?(ms|s|sec|min|h|hr)";
    private static final String COUNTER_ANY = "(#|[Ff]rame ?|[Ss]lice ?|" + WORD + ")?\\d+";
    /** Any timestamp the reader should look for when the format is not known: the union of the kinds. */
    public static final String ANY = CLOCK_ANY + "|" + DATE_TIME_ANY + "|" + WITH_UNIT_ANY + "|" + COUNTER_ANY;
    /** The unit words a number with a unit may end in, as the reader is asked to tell them apart. */
    public static final List<String> UNITS = List.of("ms", "s", "sec", "min", "h");

    /** Any timestamp of one kind. */
    public static String any(Kind kind) {
        switch (kind) {
            case CLOCK: return CLOCK_ANY;
            case DATE_TIME: return DATE_TIME_ANY;
            case WITH_UNIT: return WITH_UNIT_ANY;
            default: return COUNTER_ANY;
        }
    }

    /**
     * What text found as {@code kind} may be: that kind, or for a clock a date and time too, whose
     * clock alone was found (read as a clock, the date went into the hours: {@code 2024-05-01
     * 12:34:00} as {@code 202440540112:34:00}, the dashes read as 4).
     */
    public static String found(Kind kind) {
        return kind == Kind.CLOCK ? CLOCK_ANY + "|" + DATE_TIME_ANY : any(kind);
    }

    /** This text with its unit word replaced by {@code unit} (numbers with a unit only; others as they are). */
    public String withUnit(String unit) {
        if (kind != Kind.WITH_UNIT) {
            return text;
        }
        Field last = fields.get(fields.size() - 1);
        Matcher m = UNIT.matcher(text.substring(last.end));
        if (!m.matches()) {
            return text;
        }
        int at = last.end + m.start(1);
        return text.substring(0, at) + unit + text.substring(last.end + m.end(1));
    }

    private static final Pattern CLOCK = Pattern.compile("(\\d+):(\\d\\d)(?::(\\d\\d))?(?:\\.(\\d+))?");
    private static final Pattern YEAR_FIRST = Pattern.compile("(?<!\\d)(\\d{4})([-./])(\\d{1,2})\\2(\\d{1,2}) ?(\\d{1,2}:\\d\\d)");
    private static final Pattern DAY_FIRST = Pattern.compile("(?<!\\d)(\\d{1,2})([-./])(\\d{1,2})\\2(\\d{4}|\\d{2}) ?(\\d{1,2}:\\d\\d)");
    private static final Pattern NUMBER = Pattern.compile("(\\d+)(?:\\.(\\d+))?");
    private static final Pattern UNIT = Pattern.compile("\\s*(ms|msec|s|sec|secs|seconds|min|mins|minutes|h|hr|hrs"
        + "|hours)\\b.*", Pattern.CASE_INSENSITIVE);

    public final Kind kind;
    /** Seconds for clocks, dates and numbers with a unit (dates: since 1970); a count for counters. */
    public final double value;
    /** The smallest step the text can show, in the units of {@link #value}. */
    public final double resolution;
    private final String text;
    /** Where each number sits in {@link #text}, and which field it is. */
    private final List<Field> fields;
    /** Seconds per unit, for numbers with a unit. */
    private final double unitSeconds;

    private enum Role { YEAR, MONTH, DAY, HOUR, MINUTE, SECOND, FRACTION, NUMBER, NUMBER_FRACTION }

    private static final class Field {
        final Role role;
        final int start;
        final int end;

        Field(Role role, int start, int end) {
            this.role = role;
            this.start = start;
            this.end = end;
        }
    }

    private TimeText(Kind kind, double value, double resolution, String text, List<Field> fields, double unitSeconds) {
        this.kind = kind;
        this.value = value;
        this.resolution = resolution;
        this.text = text;
        this.fields = fields;
        this.unitSeconds = unitSeconds;
    }

    /** The timestamp a reading shows, or null when it shows none; two numbers a:b are minutes and seconds. */
    public static TimeText parse(String text) {
        return parse(text, false);
    }

    /**
     * As {@link #parse(String)}; {@code hoursMinutes}: two numbers a:b are hours and minutes (a
     * clock without seconds, which no reading can tell from minutes and seconds: the user says so).
     */
    public static TimeText parse(String text, boolean hoursMinutes) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        // A date and a clock, the space between them optional (a reader may miss it).
        for (Pattern p : new Pattern[] {YEAR_FIRST, DAY_FIRST}) {
            Matcher date = p.matcher(t);
            if (date.find()) {
                Matcher clock = CLOCK.matcher(t);
                clock.region(date.start(5), t.length());
                if (clock.lookingAt()) {
                    TimeText dt = dateTime(t, date, clock);
                    if (dt != null) {
                        return dt;
                    }
                }
            }
        }
        Matcher clock = CLOCK.matcher(t);
        if (clock.find()) {
            return clock(t, clock, hoursMinutes);
        }
        Matcher number = NUMBER.matcher(t);
        if (!number.find()) {
            return null;
        }
        List<Field> fields = new ArrayList<>();
        fields.add(new Field(Role.NUMBER, number.start(1), number.end(1)));
        int decimals = 0;
        double v = Double.parseDouble(number.group(1));
        if (number.group(2) != null) {
            fields.add(new Field(Role.NUMBER_FRACTION, number.start(2), number.end(2)));
            decimals = number.group(2).length();
            v = Double.parseDouble(number.group(1) + "." + number.group(2));
        }
        Matcher unit = UNIT.matcher(t.substring(number.end()));
        double step = Math.pow(10, -decimals);
        if (unit.matches()) {
            double per = seconds(unit.group(1).toLowerCase(Locale.ROOT));
            return new TimeText(Kind.WITH_UNIT, v * per, step * per, t, fields, per);
        }
        return new TimeText(Kind.COUNTER, v, step, t, fields, 1);
    }

    private static double seconds(String unit) {
        if (unit.startsWith("ms")) {
            return 0.001;
        }
        if (unit.startsWith("m")) {
            return 60;
        }
        if (unit.startsWith("h")) {
            return 3600;
        }
        return 1;
    }

    private static TimeText clock(String t, Matcher m) {
        return clock(t, m, false);
    }

    /** {@code hoursFirst}: two numbers are hours and minutes (after a date), not minutes and seconds. */
    private static TimeText clock(String t, Matcher m, boolean hoursFirst) {
        if (Integer.parseInt(m.group(2)) > 59 || m.group(3) != null && Integer.parseInt(m.group(3)) > 59) {
            return null; // no clock shows 00:26:90: a misread
        }
        List<Field> fields = new ArrayList<>();
        if (hoursFirst && m.group(3) == null) {
            fields.add(new Field(Role.HOUR, m.start(1), m.end(1)));
            fields.add(new Field(Role.MINUTE, m.start(2), m.end(2)));
            double v = Double.parseDouble(m.group(1)) * 3600 + Double.parseDouble(m.group(2)) * 60;
            return new TimeText(Kind.CLOCK, v, 60, t, fields, 1);
        }
        boolean hours = m.group(3) != null;
        fields.add(new Field(hours ? Role.HOUR : Role.MINUTE, m.start(1), m.end(1)));
        fields.add(new Field(hours ? Role.MINUTE : Role.SECOND, m.start(2), m.end(2)));
        double v = hours ? Double.parseDouble(m.group(1)) * 3600 + Double.parseDouble(m.group(2)) * 60
            : Double.parseDouble(m.group(1)) * 60 + Double.parseDouble(m.group(2));
        if (hours) {
            fields.add(new Field(Role.SECOND, m.start(3), m.end(3)));
            v += Double.parseDouble(m.group(3));
        }
        double resolution = 1;
        if (m.group(4) != null) {
            fields.add(new Field(Role.FRACTION, m.start(4), m.end(4)));
            resolution = Math.pow(10, -m.group(4).length());
            v += Double.parseDouble("0." + m.group(4));
        }
        return new TimeText(Kind.CLOCK, v, resolution, t, fields, 1);
    }

    private static TimeText dateTime(String t, Matcher date, Matcher clock) {
        boolean yearFirst = date.group(1).length() == 4;
        String year = yearFirst ? date.group(1) : date.group(4);
        int y = Integer.parseInt(year);
        y = year.length() == 2 ? 2000 + y : y;
        int month = Integer.parseInt(date.group(3));
        int day = Integer.parseInt(yearFirst ? date.group(4) : date.group(1));
        TimeText c = clock(t, clock, true);
        if (c == null || c.fields.get(0).role != Role.HOUR || month < 1 || month > 12 || day < 1 || day > 31
            || c.value >= 24 * 3600 || year.length() == 4 && (y < 1900 || y > 2099)) {
            return null;
        }
        LocalDateTime midnight;
        try {
            midnight = LocalDateTime.of(y, month, day, 0, 0);
        } catch (java.time.DateTimeException e) {
            return null;
        }
        List<Field> fields = new ArrayList<>();
        fields.add(new Field(yearFirst ? Role.YEAR : Role.DAY, date.start(1), date.end(1)));
        fields.add(new Field(Role.MONTH, date.start(3), date.end(3)));
        fields.add(new Field(yearFirst ? Role.DAY : Role.YEAR, date.start(4), date.end(4)));
        fields.addAll(c.fields);
        double v = midnight.toEpochSecond(ZoneOffset.UTC) + c.value;
        return new TimeText(Kind.DATE_TIME, v, c.resolution, t, fields, 1);
    }

    /** How many numbers the text shows ({@code 01:05}: 2, {@code 2024-05-01 12:00}: 5). */
    public int numbers() {
        return fields.size();
    }

    /** How many digits the first number shows when zero-padded ({@code 01:05}: 2); 1 when not padded. */
    public int leadingWidth() {
        Field f = fields.get(0);
        return text.charAt(f.start) == '0' ? f.end - f.start : 1;
    }

    /**
     * For a clock of two or more numbers, the text after its first number ({@code :01:14} of
     * {@code 10:01:14}); null for other kinds. The first number of a clock (hours, or minutes of
     * {@code mm:ss}) stays the same over most of a movie, so a misreading of it repeats on many
     * slices and keeps the steps between them right: only readings that differ in it alone tell.
     */
    public String afterFirstNumber() {
        return kind == Kind.CLOCK && fields.size() >= 2 ? text.substring(fields.get(0).end) : null;
    }

    /** The first number as written ({@code 10} of {@code 10:01:14}). */
    public String firstNumber() {
        return text.substring(fields.get(0).start, fields.get(0).end);
    }

    /** Whether {@code other} has this text's format (same kind, fields and unit). */
    public boolean sameFormat(TimeText other) {
        return other != null && other.kind == kind && other.fields.size() == fields.size()
            && other.unitSeconds == unitSeconds && other.resolution == resolution;
    }

    /**
     * The text this timestamp would show at {@code value} (seconds, or a count): every number
     * replaced in place, as wide as here or wider; the words and separators kept.
     */
    public String at(double value) {
        return at(value, false);
    }

    /**
     * As {@link #at(double)}, the leading number zero-padded to this text's width: a counter read
     * as {@code 10} on later slices may show {@code 01} on the first ones (ImageJ pads its counter
     * to the widest label).
     */
    public String padded(double value) {
        return at(value, true);
    }

    private String at(double value, boolean padded) {
        long ticks = Math.round(value / resolution);
        double v = ticks * resolution;
        StringBuilder out = new StringBuilder(text);
        // Right to left, so earlier positions stay valid as widths change.
        for (int i = fields.size() - 1; i >= 0; i--) {
            Field f = fields.get(i);
            out.replace(f.start, f.end, field(f, v, ticks, i == 0, padded));
        }
        return out.toString();
    }

    private String field(Field f, double v, long ticks, boolean leading, boolean padded) {
        int width = f.end - f.start;
        long n;
        switch (f.role) {
            case FRACTION:
            case NUMBER_FRACTION:
                return pad(Math.floorMod(ticks, Math.round(Math.pow(10, width))), width);
            case NUMBER:
                return leading && !padded && text.charAt(f.start) != '0' ? Long.toString((long) Math.floor(v / unitSeconds + 1e-9))
                    : pad((long) Math.floor(v / unitSeconds + 1e-9), width);
            default:
                break;
        }
        if (kind == Kind.DATE_TIME) {
            LocalDateTime t = LocalDateTime.ofEpochSecond((long) Math.floor(v + 1e-9), 0, ZoneOffset.UTC);
            switch (f.role) {
                case YEAR: n = width == 2 ? t.getYear() % 100 : t.getYear(); break;
                case MONTH: n = t.getMonthValue(); break;
                case DAY: n = t.getDayOfMonth(); break;
                case HOUR: n = t.getHour(); break;
                case MINUTE: n = t.getMinute(); break;
                default: n = t.getSecond(); break;
            }
            return pad(n, width);
        }
        long s = (long) Math.floor(v + 1e-9);
        switch (f.role) {
            case HOUR: n = s / 3600; break;
            case MINUTE: n = leading ? s / 60 : (s / 60) % 60; break;
            default: n = leading ? s : s % 60; break;
        }
        return pad(n, width);
    }

    private static String pad(long n, int width) {
        StringBuilder s = new StringBuilder(Long.toString(n));
        while (s.length() < width) {
            s.insert(0, '0');
        }
        return s.toString();
    }

    /**
     * A regular expression for text of this format: the words and separators as read here, the
     * leading number of any width (at least this wide when zero-padded, as ImageJ pads; without a
     * leading zero when it carries a unit, see {@link #WITH_UNIT_ANY}), the
     * others as wide as here (minutes and seconds after the first number at most 59); spaces
     * optional (the reader may not see a narrow one).
     */
    public String pattern() {
        StringBuilder p = new StringBuilder();
        int at = 0;
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            p.append(literal(text.substring(at, f.start)));
            int width = f.end - f.start;
            boolean padded = text.charAt(f.start) == '0' && width > 1;
            boolean sixty = i > 0 && width == 2 && (f.role == Role.MINUTE || f.role == Role.SECOND);
            p.append(f.role == Role.YEAR && width == 4 ? "(19|20)\\d\\d"
                : f.role == Role.HOUR && kind == Kind.DATE_TIME ? (width == 2 ? "([01]\\d|2[0-3])" : "\\d")
                : sixty ? "[0-5]\\d" : i > 0 ? "\\d{" + width + "}" : padded ? "\\d{" + width + ",}"
                : kind == Kind.WITH_UNIT ? "(0|[1-9]\\d*)" : "\\d+");
            at = f.end;
        }
        p.append(literal(text.substring(at)));
        return p.toString();
    }

    /** Literal text as a pattern: metacharacters escaped, each space optional. */
    public static String literal(String s) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                p.append(" ?");
            } else if ("\\.[]{}()*+?^$|-".indexOf(c) >= 0) {
                p.append('\\').append(c);
            } else {
                p.append(c);
            }
        }
        return p.toString();
    }

    /** The unit of {@link #value} as ImageJ writes a time unit, or null for counters. */
    public String unit() {
        return kind == Kind.COUNTER ? null : "sec";
    }

    @Override
    public String toString() {
        return text;
    }
}
