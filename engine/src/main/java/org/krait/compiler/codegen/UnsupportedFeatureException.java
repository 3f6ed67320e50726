package org.krait.compiler.codegen;

/** A construct the code generator does not compile yet; the command line reports it and stops. */
public final class UnsupportedFeatureException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnsupportedFeatureException(String what) {
        super("not supported yet: " + what);
    }
}
