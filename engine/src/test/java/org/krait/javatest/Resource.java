package org.krait.javatest;

import java.util.ArrayList;
import java.util.List;

/** An AutoCloseable for JavaInteropTest. */
public final class Resource implements AutoCloseable {

    public static final List<String> LOG = new ArrayList<>();
    private final String name;

    public Resource(String name) {
        this.name = name;
        LOG.add("open " + name);
    }

    public String read() {
        return "data of " + name;
    }

    @Override
    public void close() {
        LOG.add("close " + name);
    }
}
