/**
 * Integration tests of the packaged engine through the {@code javax.script} API only: what a host
 * application sees. Nothing here may use a Krait class ({@code NoKraitImportsTest}).
 */
package org.krait.it;
