package org.krait.examples.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** The plugin host loads examples/plugins and runs every plugin on a pool. */
class PluginHostTest {

    @Test
    void loadsThePluginsAndRunsThemOnAPool() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (PluginHost host = new PluginHost(Path.of("plugins"))) {
            assertEquals(List.of("letters", "palindrome", "word-count"), List.copyOf(host.plugins().keySet()));
            assertEquals(List.of("helpers.py"), host.rejected());
            assertEquals("letters (no description)", host.plugins().get("letters").describe());
            assertEquals("Counts the words of a text, and the most common one.", host.plugins().get("word-count").describe());
            List<String> texts = List.of("Never odd or even", "the cat and the hat");
            Map<String, List<String>> results = host.runAll(texts, pool);
            assertEquals(List.of("palindrome", "not a palindrome"), results.get("palindrome"));
            assertEquals(List.of("4 words, most common 'even' (1x)", "5 words, most common 'the' (2x)"), results.get("word-count"));
            assertEquals("14 letters, 6 vowels, missing: abcfghijklmpqstuwxyz", results.get("letters").get(0));
        } finally {
            pool.shutdown();
        }
    }
}
