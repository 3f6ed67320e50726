package org.krait.runtime.objects;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.krait.runtime.objects.exceptions.PythonException;

/**
 * The format-specification mini-language ({@code [[fill]align][sign][#][0][width][,_][.precision][type]})
 * applied to int, float and str. CPython: Python/formatter_unicode.c.
 */
public final class FormatSpec {

    char fill = ' ';
    char align;
    char sign = '-';
    boolean alternate;
    int width = -1;
    char grouping;
    int precision = -1;
    char type;

    private FormatSpec() {
    }

    /** Parses {@code spec}; ValueError when malformed. */
    static FormatSpec parse(String spec) {
        FormatSpec f = new FormatSpec();
        int i = 0;
        int n = spec.length();
        if (n >= 2 && "<>=^".indexOf(spec.charAt(1)) >= 0) {
            f.fill = spec.charAt(0);
            f.align = spec.charAt(1);
            i = 2;
        } else if (n >= 1 && "<>=^".indexOf(spec.charAt(0)) >= 0) {
            f.align = spec.charAt(0);
            i = 1;
        }
        if (i < n && "+- ".indexOf(spec.charAt(i)) >= 0) {
            f.sign = spec.charAt(i++);
        }
        if (i < n && spec.charAt(i) == '#') {
            f.alternate = true;
            i++;
        }
        if (i < n && spec.charAt(i) == '0') {
            if (f.align == 0) {
                f.fill = '0';
                f.align = '=';
            }
            i++;
        }
        int start = i;
        while (i < n && Character.isDigit(spec.charAt(i))) {
            i++;
        }
        if (i > start) {
            f.width = Integer.parseInt(spec.substring(start, i));
        }
        if (i < n && (spec.charAt(i) == ',' || spec.charAt(i) == '_')) {
            f.grouping = spec.charAt(i++);
        }
        if (i < n && spec.charAt(i) == '.') {
            start = ++i;
            while (i < n && Character.isDigit(spec.charAt(i))) {
                i++;
            }
            if (i == start) {
                throw PythonException.valueError("Format specifier missing precision");
            }
            f.precision = Integer.parseInt(spec.substring(start, i));
        }
        if (i < n) {
            f.type = spec.charAt(i++);
        }
        if (i < n) {
            throw PythonException.valueError("Invalid format specifier '" + spec + "' for object of type 'str'");
        }
        return f;
    }

    /** {@code format(s, spec)} for a str. */
    static String formatStr(String s, String spec) {
        FormatSpec f = parse(spec);
        if (f.type != 0 && f.type != 's') {
            throw PythonException.valueError("Unknown format code '" + f.type + "' for object of type 'str'");
        }
        if (f.precision >= 0 && s.codePointCount(0, s.length()) > f.precision) {
            s = s.substring(0, s.offsetByCodePoints(0, f.precision));
        }
        return f.pad("", s, '<');
    }

    /** {@code format(i, spec)} for an int. */
    static String formatInt(PyInt v, String spec) {
        FormatSpec f = parse(spec);
        if ("eEfFgG%".indexOf(f.type == 0 ? '?' : f.type) >= 0) {
            return formatDouble(v.doubleValue(), f);
        }
        BigInteger b = v.bigValue();
        String digits;
        String prefix = "";
        switch (f.type) {
            case 'x': digits = b.abs().toString(16); prefix = "0x"; break;
            case 'X': digits = b.abs().toString(16).toUpperCase(); prefix = "0X"; break;
            case 'o': digits = b.abs().toString(8); prefix = "0o"; break;
            case 'b': digits = b.abs().toString(2); prefix = "0b"; break;
            case 'c': return f.pad("", new String(Character.toChars(b.intValue())), '<');
            case 0: case 'd': case 'n': digits = b.abs().toString(); break;
            default:
                throw PythonException.valueError("Unknown format code '" + f.type + "' for object of type 'int'");
        }
        if (f.grouping != 0) {
            digits = group(digits, f.grouping, f.type == 0 || f.type == 'd' ? 3 : 4);
        }
        String sign = b.signum() < 0 ? "-" : f.sign == '+' ? "+" : f.sign == ' ' ? " " : "";
        return f.pad(sign + (f.alternate ? prefix : ""), digits, '>');
    }

    /** {@code format(x, spec)} for a float. */
    static String formatFloat(double d, String spec) {
        FormatSpec f = parse(spec);
        return formatDouble(d, f);
    }

    private static String formatDouble(double d, FormatSpec f) {
        boolean neg = d < 0 || (d == 0 && 1 / d < 0);
        double a = Math.abs(d);
        String body;
        char t = f.type;
        int prec = f.precision < 0 ? 6 : f.precision;
        if (Double.isNaN(d)) {
            body = Character.isUpperCase(t) ? "NAN" : "nan";
            neg = false;
        } else if (Double.isInfinite(d)) {
            body = Character.isUpperCase(t) ? "INF" : "inf";
        } else {
            switch (t) {
                case 'f': case 'F':
                    body = new BigDecimal(a).setScale(prec, RoundingMode.HALF_EVEN).toPlainString();
                    break;
                case '%':
                    body = new BigDecimal(a).multiply(BigDecimal.valueOf(100)).setScale(prec, RoundingMode.HALF_EVEN)
                            .toPlainString() + "%";
                    break;
                case 'e': case 'E':
                    body = exponent(a, prec, t == 'E');
                    break;
                case 'g': case 'G':
                    body = general(a, prec == 0 ? 1 : prec, f.alternate, t == 'G');
                    break;
                case 0:
                    body = f.precision < 0 ? FloatFormatter.repr(a) : general(a, prec == 0 ? 1 : prec, false, false);
                    if (f.precision >= 0 && body.indexOf('.') < 0 && body.indexOf('e') < 0 && !body.contains("inf")) {
                        body = body + ".0";
                    }
                    break;
                default:
                    throw PythonException.valueError("Unknown format code '" + t + "' for object of type 'float'");
            }
        }
        if (f.grouping != 0) {
            int dot = body.indexOf('.');
            int end = dot >= 0 ? dot : body.length();
            body = group(body.substring(0, end), f.grouping, 3) + body.substring(end);
        }
        String sign = neg ? "-" : f.sign == '+' ? "+" : f.sign == ' ' ? " " : "";
        return f.pad(sign, body, '>');
    }

    private static String exponent(double a, int prec, boolean upper) {
        String s = String.format("%." + prec + "e", a);
        int e = s.indexOf('e');
        String mant = s.substring(0, e);
        int exp = Integer.parseInt(s.substring(e + 1));
        String out = mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        return upper ? out.toUpperCase() : out;
    }

    private static String general(double a, int prec, boolean alternate, boolean upper) {
        if (a == 0) {
            return "0";
        }
        BigDecimal r = new BigDecimal(a).round(new java.math.MathContext(prec, RoundingMode.HALF_EVEN));
        int exp = r.precision() - r.scale() - 1;
        String out;
        if (exp >= -4 && exp < prec) {
            out = r.setScale(Math.max(0, prec - 1 - exp), RoundingMode.HALF_EVEN).toPlainString();
            if (!alternate && out.indexOf('.') >= 0) {
                out = out.replaceAll("0+$", "").replaceAll("\\.$", "");
            }
        } else {
            out = exponent(a, prec - 1, false);
            if (!alternate) {
                int e = out.indexOf('e');
                String mant = out.substring(0, e);
                if (mant.indexOf('.') >= 0) {
                    mant = mant.replaceAll("0+$", "").replaceAll("\\.$", "");
                }
                out = mant + out.substring(e);
            }
        }
        return upper ? out.toUpperCase() : out;
    }

    private static String group(String digits, char sep, int every) {
        StringBuilder sb = new StringBuilder();
        int n = digits.length();
        for (int i = 0; i < n; i++) {
            if (i > 0 && (n - i) % every == 0) {
                sb.append(sep);
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    /** Pads {@code sign + body} to the width; {@code '='} puts the fill between sign and digits. */
    private String pad(String sign, String body, char defaultAlign) {
        int len = sign.length() + body.codePointCount(0, body.length());
        if (width <= len) {
            return sign + body;
        }
        int padding = width - len;
        String fillStr = String.valueOf(fill);
        char a = align == 0 ? defaultAlign : align;
        switch (a) {
            case '<': return sign + body + fillStr.repeat(padding);
            case '^': return fillStr.repeat(padding / 2) + sign + body + fillStr.repeat(padding - padding / 2);
            case '=': return sign + fillStr.repeat(padding) + body;
            default: return fillStr.repeat(padding) + sign + body;
        }
    }

    /** {@code format(obj, spec)} ({@code PyObject_Format}) for the builtin types; others need an empty spec. */
    public static String format(PyObject obj, String spec) {
        if (obj instanceof PyStr) {
            return spec.isEmpty() ? obj.toString() : formatStr(obj.toString(), spec);
        }
        if (obj instanceof PyBool && spec.isEmpty()) {
            return obj == PyBool.TRUE ? "True" : "False";
        }
        if (obj instanceof PyInt) {
            return spec.isEmpty() ? obj.toString() : formatInt((PyInt) obj, spec);
        }
        if (obj instanceof PyFloat) {
            return spec.isEmpty() ? FloatFormatter.repr(((PyFloat) obj).value()) : formatFloat(((PyFloat) obj).value(), spec);
        }
        if (!spec.isEmpty()) {
            throw PythonException.typeError("unsupported format string passed to " + obj.type().name() + ".__format__");
        }
        return org.krait.runtime.ops.ObjectOps.str(obj).toString();
    }
}
