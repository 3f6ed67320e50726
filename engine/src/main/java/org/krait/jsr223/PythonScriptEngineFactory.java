package org.krait.jsr223;

import java.util.List;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;

/**
 * Krait's JSR-223 factory (registered in {@code META-INF/services/javax.script.ScriptEngineFactory}):
 * the names {@code python}, {@code python3}, {@code krait}, the extension {@code py}, Python's
 * MIME types; each engine it makes is an interpreter of its own.
 */
public final class PythonScriptEngineFactory implements ScriptEngineFactory {

    private static final List<String> NAMES = List.of("python", "python3", "krait");
    private static final List<String> EXTENSIONS = List.of("py");
    private static final List<String> MIME_TYPES = List.of("text/x-python", "application/x-python", "text/python",
            "application/python");
    private static final String ENGINE_NAME = "Krait";
    private static final String ENGINE_VERSION = "0.1.0";
    private static final String LANGUAGE = "python";
    private static final String LANGUAGE_VERSION = "3.11";

    @Override
    public String getEngineName() {
        return ENGINE_NAME;
    }

    @Override
    public String getEngineVersion() {
        return ENGINE_VERSION;
    }

    @Override
    public List<String> getExtensions() {
        return EXTENSIONS;
    }

    @Override
    public List<String> getMimeTypes() {
        return MIME_TYPES;
    }

    @Override
    public List<String> getNames() {
        return NAMES;
    }

    @Override
    public String getLanguageName() {
        return LANGUAGE;
    }

    @Override
    public String getLanguageVersion() {
        return LANGUAGE_VERSION;
    }

    /**
     * The standard keys, and {@code THREADING}: {@code MULTITHREADED}, because an engine may be
     * used by many threads at once (they take turns in Python under its lock).
     */
    @Override
    public Object getParameter(String key) {
        switch (key) {
            case ScriptEngine.ENGINE:
                return ENGINE_NAME;
            case ScriptEngine.ENGINE_VERSION:
                return ENGINE_VERSION;
            case ScriptEngine.NAME:
                return NAMES.get(0);
            case ScriptEngine.LANGUAGE:
                return LANGUAGE;
            case ScriptEngine.LANGUAGE_VERSION:
                return LANGUAGE_VERSION;
            case "THREADING":
                return "MULTITHREADED";
            default:
                return null;
        }
    }

    @Override
    public String getMethodCallSyntax(String obj, String m, String... args) {
        return obj + "." + m + "(" + String.join(", ", args) + ")";
    }

    /** {@code print('text')}, the text quoted as Python's {@code repr} quotes a str. */
    @Override
    public String getOutputStatement(String toDisplay) {
        return "print(" + quote(toDisplay) + ")";
    }

    @Override
    public String getProgram(String... statements) {
        StringBuilder sb = new StringBuilder();
        for (String s : statements) {
            sb.append(s).append('\n');
        }
        return sb.toString();
    }

    @Override
    public ScriptEngine getScriptEngine() {
        return new PythonScriptEngine(this);
    }

    /** A Python string literal for {@code s}: single quotes unless it has one and no double quote. */
    static String quote(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder().append(q);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == q || c == '\\') {
                sb.append('\\').append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c < 0x20 || c == 0x7f) {
                sb.append(String.format("\\x%02x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append(q).toString();
    }
}
