package org.krait.bench;

import java.util.ArrayList;
import java.util.List;

/** Formats the side-by-side table of {@link ProgramBench}, the geometric means and the failures. */
final class Report {

    private static final String ROW = "%-14s %11s %11s %11s %11s %10s %10s  %s%n";

    private Report() {
    }

    /** The table for results listed in the same program order on both sides. */
    static String render(List<ProgramResult> krait, List<ProgramResult> cpython) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(ROW, "program", "Krait 1st", "Krait warm", "CPy 1st", "CPy warm",
                "warm K/C", "1st K/C", "checksums equal"));
        List<Double> warmRatios = new ArrayList<>();
        List<Double> firstRatios = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < krait.size(); i++) {
            ProgramResult k = krait.get(i);
            ProgramResult c = cpython.get(i);
            boolean both = k.ok() && c.ok();
            String equal = both ? (k.checksum().equals(c.checksum()) ? "yes" : "no") : "-";
            if (both) {
                warmRatios.add(k.warm() / c.warm());
                firstRatios.add(k.first() / c.first());
            }
            out.append(String.format(ROW, k.program(), seconds(k.first()), seconds(k.warm()), seconds(c.first()),
                    seconds(c.warm()), both ? ratio(k.warm() / c.warm()) : "-",
                    both ? ratio(k.first() / c.first()) : "-", equal));
            note(notes, "Krait", k);
            note(notes, "CPython", c);
            if (both && !k.checksum().equals(c.checksum())) {
                notes.add(k.program() + ": checksums differ: Krait " + k.checksum() + ", CPython " + c.checksum());
            }
        }
        out.append(String.format("geometric mean of Krait/CPython over %d program(s): warm %s, first %s%n",
                warmRatios.size(), ratio(geometricMean(warmRatios)), ratio(geometricMean(firstRatios))));
        for (String n : notes) {
            out.append(n).append('\n');
        }
        return out.toString();
    }

    /** True when some program ran on both sides and returned different checksums. */
    static boolean checksumsDiffer(List<ProgramResult> krait, List<ProgramResult> cpython) {
        for (int i = 0; i < krait.size(); i++) {
            ProgramResult k = krait.get(i);
            ProgramResult c = cpython.get(i);
            if (k.ok() && c.ok() && !k.checksum().equals(c.checksum())) {
                return true;
            }
        }
        return false;
    }

    private static void note(List<String> notes, String implementation, ProgramResult r) {
        if (!r.ok()) {
            notes.add(r.program() + ": failed on " + implementation + ": " + r.failure());
        } else if (r.unstable()) {
            notes.add(r.program() + ": on " + implementation + ", a warm call returned a different checksum than the first");
        }
    }

    private static String seconds(double s) {
        return Double.isNaN(s) ? "-" : String.format("%.3f", s);
    }

    private static String ratio(double r) {
        return Double.isNaN(r) ? "-" : String.format("%.2f", r);
    }

    static double geometricMean(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double logSum = 0;
        for (double v : values) {
            logSum += Math.log(v);
        }
        return Math.exp(logSum / values.size());
    }
}
