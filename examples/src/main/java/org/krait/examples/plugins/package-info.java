/**
 * Example (a), a plugin host: every {@code *.py} of a directory is loaded into one engine, in a
 * namespace of its own, and used as a {@link org.krait.examples.plugins.Plugin} through
 * {@code Invocable.getInterface}, from a thread pool.
 *
 * <p>Boundary: {@code javax.script} only, as a user's host would be; nothing of Krait's.
 */
package org.krait.examples.plugins;
