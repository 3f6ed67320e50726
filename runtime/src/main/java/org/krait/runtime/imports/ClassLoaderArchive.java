package org.krait.runtime.imports;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;

/**
 * The resources of a Java class loader under a prefix ({@code com/acme/plugins/}): how a host
 * application ships Python packages inside its own jar.
 */
final class ClassLoaderArchive implements Archive {

    private final ClassLoader loader;
    private final String prefix;

    ClassLoaderArchive(ClassLoader loader, String prefix) {
        this.loader = loader;
        this.prefix = prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
    }

    private URL url(String member) {
        return loader.getResource(prefix + member);
    }

    @Override
    public boolean isFile(String member) {
        URL u = url(member);
        return u != null && !u.toString().endsWith("/") && url(member + "/") == null;
    }

    @Override
    public boolean isDir(String member) {
        return url(member + "/") != null;
    }

    @Override
    public byte[] read(String member) {
        URL u = url(member);
        if (u == null) {
            return null;
        }
        try (InputStream in = u.openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public String version(String member) {
        URL u = url(member);
        if (u == null) {
            return null;
        }
        try {
            URLConnection c = u.openConnection();
            c.setUseCaches(false);
            return u + ":" + c.getLastModified() + ":" + c.getContentLengthLong();
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public long mtime(String member) {
        URL u = url(member);
        if (u == null) {
            return -1;
        }
        try {
            return u.openConnection().getLastModified() / 1000;
        } catch (IOException e) {
            return -1;
        }
    }
}
