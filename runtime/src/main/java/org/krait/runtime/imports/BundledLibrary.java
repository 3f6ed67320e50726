package org.krait.runtime.imports;

import java.net.URL;
import java.nio.file.Path;

/**
 * Krait's own Python modules ({@code os}, {@code importlib}, {@code runpy}...), shipped as
 * resources under {@code org/krait/lib/} beside the runtime's classes. Their location is an
 * ordinary {@code sys.path} entry: a directory when the runtime runs from its classes, the jar
 * and the prefix ({@code /path/krait-runtime.jar/org/krait/lib}, which zipimport reads) when it
 * runs from its jar, else {@code classpath:org/krait/lib}. Their code objects are compiled once
 * per JVM and named {@code <frozen NAME>}, as CPython names its frozen standard modules.
 */
final class BundledLibrary {

    private static final String RESOURCE = "org/krait/lib";
    private static final String ENTRY = locate();

    private BundledLibrary() {
    }

    /** The {@code sys.path} entry of the bundled modules, or null when the resources are missing. */
    static String pathEntry() {
        return ENTRY;
    }

    /** Whether {@code path} (a file or an archive member's path) is one of the bundled modules. */
    static boolean contains(String path) {
        return ENTRY != null && path.startsWith(ENTRY) && path.length() > ENTRY.length() && path.charAt(ENTRY.length()) == '/';
    }

    /** The file name the code of bundled module {@code fullname} carries: {@code <frozen NAME>}. */
    static String codeFilename(String fullname) {
        return "<frozen " + fullname + ">";
    }

    private static String locate() {
        URL url = BundledLibrary.class.getResource("/" + RESOURCE + "/os.py");
        if (url == null) {
            return null;
        }
        String s = url.toString();
        try {
            if (s.startsWith("file:")) {
                return Path.of(url.toURI()).getParent().toString();
            }
            if (s.startsWith("jar:file:") && s.contains("!/")) {
                String jar = s.substring("jar:".length(), s.indexOf("!/"));
                return Path.of(new java.net.URI(jar)).toString() + "/" + RESOURCE;
            }
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            // Not a plain file or jar: the class path itself is searched.
        }
        return PyClasspathImporter.SCHEME + RESOURCE;
    }
}
