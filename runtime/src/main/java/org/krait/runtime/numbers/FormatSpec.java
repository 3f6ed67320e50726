package org.krait.runtime.numbers;

/**
 * A parsed format specification {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}
 * ({@code parse_internal_render_format_spec} in {@code Python/formatter_unicode.c}).
 */
public final class FormatSpec {
    /** The fill code point (default space). */
    public final int fill;
    /** '<', '>', '=', '^'. */
    public final char align;
    /** '+', '-', ' ' or 0 when absent. */
    public final char sign;
    /** The {@code z} flag: coerce negative zero to zero (3.11). */
    public final boolean noNegZero;
    /** The {@code #} flag. */
    public final boolean alternate;
    /** Minimum width, -1 when absent. */
    public final long width;
    /** ',' or '_' or 0 when absent. */
    public final char grouping;
    /** Precision, -1 when absent. */
    public final long precision;
    /** Presentation type code point, 0 when absent. */
    public final int type;

    private FormatSpec(int fill, char align, char sign, boolean noNegZero, boolean alternate, long width,
            char grouping, long precision, int type) {
        this.fill = fill;
        this.align = align;
        this.sign = sign;
        this.noNegZero = noNegZero;
        this.alternate = alternate;
        this.width = width;
        this.grouping = grouping;
        this.precision = precision;
        this.type = type;
    }

    /**
     * The spec of one part of a complex number: this spec's sign (or {@code sign} when not 0),
     * alternate form, grouping and precision, the presentation {@code type}, no width or fill.
     */
    FormatSpec complexPart(char sign, int type) {
        return new FormatSpec(' ', '>', sign != 0 ? sign : this.sign, noNegZero, alternate, -1, grouping, precision, type);
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    /**
     * Parses {@code spec} for an object of Python type {@code typeName}; {@code defaultType} is
     * the type when none is given (0 for float), {@code defaultAlign} '>' for numbers, '<' for str.
     */
    public static FormatSpec parse(String spec, String typeName, int defaultType, char defaultAlign) {
        int[] cp = spec.codePoints().toArray();
        int end = cp.length;
        int pos = 0;
        int fill = ' ';
        char align = defaultAlign;
        boolean fillGiven = false;
        boolean alignGiven = false;
        if (end - pos >= 2 && isAlign(cp[pos + 1])) {
            align = (char) cp[pos + 1];
            fill = cp[pos];
            fillGiven = true;
            alignGiven = true;
            pos += 2;
        } else if (end - pos >= 1 && isAlign(cp[pos])) {
            align = (char) cp[pos];
            alignGiven = true;
            pos++;
        }
        char sign = 0;
        if (end - pos >= 1 && (cp[pos] == '+' || cp[pos] == '-' || cp[pos] == ' ')) {
            sign = (char) cp[pos];
            pos++;
        }
        boolean z = false;
        if (end - pos >= 1 && cp[pos] == 'z') {
            z = true;
            pos++;
        }
        boolean alt = false;
        if (end - pos >= 1 && cp[pos] == '#') {
            alt = true;
            pos++;
        }
        if (!fillGiven && end - pos >= 1 && cp[pos] == '0') {
            fill = '0';
            if (!alignGiven && defaultAlign == '>') {
                align = '=';
            }
            pos++;
        }
        long[] value = new long[1];
        int consumed = integer(cp, pos, value);
        long width = consumed == 0 ? -1 : value[0];
        pos += consumed;
        char grouping = 0;
        if (end - pos >= 1 && cp[pos] == ',') {
            grouping = ',';
            pos++;
        }
        if (end - pos >= 1 && cp[pos] == '_') {
            if (grouping != 0) {
                throw NumericError.valueError("Cannot specify both ',' and '_'.");
            }
            grouping = '_';
            pos++;
        }
        if (end - pos >= 1 && cp[pos] == ',' && grouping == '_') {
            throw NumericError.valueError("Cannot specify both ',' and '_'.");
        }
        long precision = -1;
        if (end - pos >= 1 && cp[pos] == '.') {
            pos++;
            consumed = integer(cp, pos, value);
            if (consumed == 0) {
                throw NumericError.valueError("Format specifier missing precision");
            }
            precision = value[0];
            pos += consumed;
        }
        if (end - pos > 1) {
            throw NumericError.valueError("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
        }
        int type = defaultType;
        if (end - pos == 1) {
            type = cp[pos];
        }
        if (grouping != 0) {
            switch (type) {
                case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
                    break;
                case 'b': case 'o': case 'x': case 'X':
                    if (grouping == '_') {
                        break;
                    }
                    throw cannotSpecify(grouping, type);
                default:
                    throw cannotSpecify(grouping, type);
            }
        }
        return new FormatSpec(fill, align, sign, z, alt, width, grouping, precision, type);
    }

    private static NumericError cannotSpecify(char grouping, int type) {
        String t = type > 32 && type < 128 ? String.valueOf((char) type) : String.format("\\x%x", type);
        return NumericError.valueError("Cannot specify '" + grouping + "' with '" + t + "'.");
    }

    /** Reads decimal digits at {@code pos} into {@code out[0]}; the count consumed. */
    private static int integer(int[] cp, int pos, long[] out) {
        long acc = 0;
        int n = 0;
        while (pos + n < cp.length) {
            int c = cp[pos + n];
            int d = Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(c, 10) : -1;
            if (d < 0) {
                break;
            }
            if (acc > (Long.MAX_VALUE - d) / 10) {
                throw NumericError.valueError("Too many decimal digits in format string");
            }
            acc = acc * 10 + d;
            n++;
        }
        out[0] = acc;
        return n;
    }

    /** The error for a presentation type the object's type does not know ({@code unknown_presentation_type}). */
    static NumericError unknownType(int type, String typeName) {
        String t = type > 32 && type < 128 ? String.valueOf((char) type) : String.format("\\x%x", type);
        return NumericError.valueError("Unknown format code '" + t + "' for object of type '" + typeName + "'");
    }
}
