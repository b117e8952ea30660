package org.pagelab.engine;

/** Version of the Pagelab engine, read from the bundle/jar manifest when available. */
public final class Version {
    private Version() {
    }

    /** The version string, e.g. "0.1.0.v20261123-0100", or "0.1.0-dev" when run from classes. */
    public static String get() {
        String v = Version.class.getPackage() == null ? null : Version.class.getPackage().getImplementationVersion();
        if (v != null) {
            return v;
        }
        try (var in = Version.class.getResourceAsStream("/META-INF/MANIFEST.MF")) {
            if (in != null) {
                var mf = new java.util.jar.Manifest(in);
                String bv = mf.getMainAttributes().getValue("Bundle-Version");
                if (bv != null && !bv.endsWith("qualifier")) {
                    return bv;
                }
            }
        } catch (java.io.IOException e) {
            // fall through
        }
        return "0.1.0-dev";
    }
}
