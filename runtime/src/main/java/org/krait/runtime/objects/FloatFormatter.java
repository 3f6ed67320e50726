package org.krait.runtime.objects;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats doubles as Python does: {@code repr} gives the shortest digits that read back as the
 * same double (CPython's {@code float_repr_style == 'short'}), in positional notation when the
 * decimal exponent is in (-4, 16], otherwise {@code d.ddde+XX}.
 */
public final class FloatFormatter {

    private FloatFormatter() {
    }

    /** {@code repr(d)}. */
    public static String repr(double d) {
        return repr(d, true);
    }

    /** The shortest round-trip form; {@code addDotZero} false gives complex's parts ({@code 1}, not {@code 1.0}). */
    public static String repr(double d, boolean addDotZero) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        String sign = d < 0 || (d == 0 && 1 / d < 0) ? "-" : "";
        if (d == 0) {
            return sign + (addDotZero ? "0.0" : "0");
        }
        BigDecimal shortest = shortest(Math.abs(d)).stripTrailingZeros();
        String digits = shortest.unscaledValue().toString();
        int decpt = digits.length() - shortest.scale();
        StringBuilder out = new StringBuilder(sign);
        if (decpt <= -4 || decpt > 16) {
            out.append(digits.charAt(0));
            if (digits.length() > 1) {
                out.append('.').append(digits, 1, digits.length());
            }
            int exp = decpt - 1;
            out.append(exp < 0 ? "e-" : "e+");
            if (Math.abs(exp) < 10) {
                out.append('0');
            }
            out.append(Math.abs(exp));
        } else if (decpt <= 0) {
            out.append("0.").append("0".repeat(-decpt)).append(digits);
        } else if (decpt >= digits.length()) {
            out.append(digits).append("0".repeat(decpt - digits.length())).append(addDotZero ? ".0" : "");
        } else {
            out.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
        }
        return out.toString();
    }

    /**
     * The decimal with fewest significant digits that parses back to {@code positive}, nearest to
     * its exact value; both neighbours of the rounded value are tried because the rounding
     * interval is lopsided at powers of two.
     */
    private static BigDecimal shortest(double positive) {
        BigDecimal exact = new BigDecimal(positive);
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal nearest = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            BigDecimal unit = nearest.ulp();
            BigDecimal best = null;
            for (BigDecimal c : new BigDecimal[] {nearest, nearest.subtract(unit), nearest.add(unit)}) {
                if (c.signum() > 0 && Double.parseDouble(c.toString()) == positive
                        && (best == null || c.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
                    best = c;
                }
            }
            if (best != null) {
                return best;
            }
        }
        throw new AssertionError("17 significant digits always round-trip a double");
    }
}
