package org.pagelab.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.util.jar.Manifest;

/** Version of the Pagelab engine, read from this bundle's own manifest. */
public final class Version {
    private static final String DEV = "0.1.0-dev";
    private static volatile String cached;

    private Version() {
    }

    /**
     * The version string, e.g. "0.1.0.v20261123-0100" when run from a built
     * bundle or jar, or "0.1.0-dev" when run from class directories.
     */
    public static String get() {
        String v = cached;
        if (v == null) {
            v = read();
            cached = v;
        }
        return v;
    }

    private static String read() {
        URL self = Version.class.getResource("Version.class");
        if (self == null) {
            return DEV;
        }
        try {
            // Resolve against this class's own jar or bundle, never another
            // jar's manifest found first on the class path.
            String s = self.toString();
            URL mf = self.getProtocol().equals("jar")
                    ? URI.create(s.substring(0, s.indexOf("!/") + 2) + "META-INF/MANIFEST.MF").toURL()
                    : URI.create(s).resolve("/META-INF/MANIFEST.MF").toURL();
            try (InputStream in = mf.openStream()) {
                String bv = new Manifest(in).getMainAttributes().getValue("Bundle-Version");
                if (bv != null && !bv.endsWith("qualifier")) {
                    return bv;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // class directories have no manifest: a development build
        }
        return DEV;
    }
}
