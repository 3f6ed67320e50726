package org.krait.examples.plugins;

/**
 * What the host asks of a plugin. A Python plugin is any object with {@code name} and
 * {@code process} methods; {@code describe} has a Java default that a plugin may replace.
 */
public interface Plugin {

    /** A short name, unique among the plugins. */
    String name();

    /** The plugin's work on one text. */
    String process(String text);

    default String describe() {
        return name() + " (no description)";
    }
}
