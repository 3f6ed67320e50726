package org.krait.runtime.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A zip or jar file on disk, its directory read once and shared by every interpreter while the
 * file keeps its modification time and size (CPython's {@code _zip_directory_cache}).
 */
final class ZipArchive implements Archive {

    private static final Map<String, ZipArchive> OPEN = new ConcurrentHashMap<>();

    private final ZipFile zip;
    private final Set<String> dirs = new HashSet<>();
    private final long stamp;

    private ZipArchive(ZipFile zip, long stamp) {
        this.zip = zip;
        this.stamp = stamp;
        zip.stream().forEach(e -> {
            String name = e.getName();
            for (int slash = name.indexOf('/'); slash >= 0; slash = name.indexOf('/', slash + 1)) {
                dirs.add(name.substring(0, slash));
            }
        });
    }

    /** The archive at {@code path}, or null when it is not a readable zip file. */
    static ZipArchive open(String path) {
        BasicFileAttributes st;
        try {
            st = Files.readAttributes(Path.of(path), BasicFileAttributes.class);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        long stamp = st.lastModifiedTime().toMillis() * 31 + st.size();
        ZipArchive a = OPEN.get(path);
        if (a != null && a.stamp == stamp) {
            return a;
        }
        try {
            a = new ZipArchive(new ZipFile(path), stamp);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        OPEN.put(path, a);
        return a;
    }

    @Override
    public boolean isFile(String member) {
        ZipEntry e = zip.getEntry(member);
        return e != null && !e.isDirectory();
    }

    @Override
    public boolean isDir(String member) {
        return dirs.contains(member);
    }

    @Override
    public byte[] read(String member) {
        ZipEntry e = zip.getEntry(member);
        if (e == null) {
            return null;
        }
        try (InputStream in = zip.getInputStream(e)) {
            return in.readAllBytes();
        } catch (IOException x) {
            return null;
        }
    }

    @Override
    public String version(String member) {
        ZipEntry e = zip.getEntry(member);
        return e == null ? null : e.getCrc() + ":" + e.getSize() + ":" + stamp;
    }

    @Override
    public long mtime(String member) {
        ZipEntry e = zip.getEntry(member);
        return e == null ? -1 : e.getTime() / 1000;
    }
}
