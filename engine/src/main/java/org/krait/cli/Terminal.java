package org.krait.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether a standard stream of this process is a terminal (C's {@code isatty}), which decides buffering and the prompt. */
final class Terminal {

    private Terminal() {
    }

    /**
     * True when file descriptor {@code fd} (0, 1 or 2) is a terminal. Linux shows it in
     * {@code /proc/self/fd}; elsewhere the JDK's console (stdin and stdout both terminals) stands in.
     */
    static boolean isatty(int fd) {
        Path link = Path.of("/proc/self/fd/" + fd);
        try {
            String target = Files.readSymbolicLink(link).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException e) {
            return System.console() != null;
        }
    }
}
