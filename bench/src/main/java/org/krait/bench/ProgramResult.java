package org.krait.bench;

/**
 * One implementation's measurement of one benchmark program: either timings and a checksum, or
 * the reason it could not be measured ({@code failure} non-null, timings NaN).
 *
 * @param program   the program's name (its file name without {@code .py})
 * @param first     seconds taken by the first call of {@code run()}
 * @param warm      median seconds of the warm calls that followed
 * @param checksum  {@code repr()} of the first call's result
 * @param unstable  true when a warm call returned a checksum different from the first one
 * @param failure   the exception that stopped the program (Python form when there is one), or null
 */
record ProgramResult(String program, double first, double warm, String checksum, boolean unstable, String failure) {

    /** A program that could not be measured. */
    static ProgramResult failed(String program, String failure) {
        return new ProgramResult(program, Double.NaN, Double.NaN, null, false, failure);
    }

    boolean ok() {
        return failure == null;
    }
}
