package org.krait.javatest;

/** Java code that throws, and calls back, for JavaInteropTest. */
public final class Thrower {

    private Thrower() {
    }

    public static void fail(String message) {
        throw new IllegalStateException(message);
    }

    public static void run(Runnable r) {
        r.run();
    }

    public static String guarded(Runnable r) {
        try {
            r.run();
            return "no exception";
        } catch (IllegalArgumentException e) {
            return "Java caught " + e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    public static void checked() throws java.io.IOException {
        throw new java.io.FileNotFoundException("missing.txt");
    }
}
