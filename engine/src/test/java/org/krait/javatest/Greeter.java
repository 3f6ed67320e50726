package org.krait.javatest;

import java.util.List;

/** An interface with a default method for JavaInteropTest. */
public interface Greeter {

    String greet(String who);

    default String greetAll(List<String> names) {
        StringBuilder b = new StringBuilder();
        for (String n : names) {
            b.append(greet(n)).append(' ');
        }
        return b.toString().trim();
    }

    static String use(Greeter g, String who) {
        return g.greet(who);
    }
}
