package org.krait.runtime.imports;

/**
 * Read access to the members of a zip or jar file, or to the resources under a prefix of a Java
 * class loader: what {@link ArchiveImporter} imports from. Member names use {@code /} and are
 * relative to the archive's root.
 */
interface Archive {

    /** Whether {@code member} is a file in the archive. */
    boolean isFile(String member);

    /** Whether {@code member} is a directory: an entry of its own, or the prefix of a file's name. */
    boolean isDir(String member);

    /** The member's bytes; null when it is missing or unreadable. */
    byte[] read(String member);

    /** What identifies this version of the member (its CRC and size), for caching its code; null when missing. */
    String version(String member);

    /** The member's modification time in seconds, or -1 when unknown. */
    long mtime(String member);
}
