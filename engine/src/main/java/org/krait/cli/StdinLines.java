package org.krait.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The prompt's lines from stdin, decoded as UTF-8. Bytes are taken one line at a time and none
 * beyond it, so that what follows stays in the stream for the program. A read from a terminal
 * cannot be interrupted in Java, so it runs on a helper thread and the prompt waits for its
 * result: SIGINT ends the wait, and the line being typed is still delivered by the next call.
 */
final class StdinLines implements LineSource {

    private final InputStream in;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "krait-stdin");
        t.setDaemon(true);
        return t;
    });
    /** The read under way, or null. */
    private Future<String> pending;

    StdinLines(InputStream in) {
        this.in = in;
    }

    @Override
    public String readLine() throws InterruptedException {
        if (pending == null) {
            pending = reader.submit(this::readOne);
        }
        try {
            String line = pending.get();
            pending = null;
            return line;
        } catch (ExecutionException e) {
            // A read error ends the input, as EOF does.
            pending = null;
            return null;
        }
    }

    private String readOne() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            line.write(b);
        }
        if (b == -1 && line.size() == 0) {
            return null;
        }
        String text = line.toString(StandardCharsets.UTF_8);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }
}
