package dev.speclint.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * The user's editor settings the server reads, under {@code specLint}: only
 * {@code allowWorkspacePlugins} (default false), the consent to load code a workspace's config names.
 * Read from {@code initializationOptions}, {@code workspace/configuration} and
 * {@code workspace/didChangeConfiguration}, as {@code {"specLint": {...}}}, the section's own
 * object, or a dotted key {@code "specLint.allowWorkspacePlugins"}.
 */
record ServerSettings(boolean allowWorkspacePlugins) {

    static final String SECTION = "specLint";
    static final String ALLOW_WORKSPACE_PLUGINS = "allowWorkspacePlugins";

    static final ServerSettings DEFAULTS = new ServerSettings(false);

    /** The settings in {@code json} (a gson tree as LSP4J hands it over), or null when it holds none. */
    static ServerSettings from(Object json) {
        if (!(json instanceof JsonObject o)) {
            return null;
        }
        JsonElement section = o.get(SECTION);
        if (section instanceof JsonObject s) {
            o = s;
        }
        JsonElement allow = o.get(ALLOW_WORKSPACE_PLUGINS);
        if (allow == null) {
            allow = o.get(SECTION + "." + ALLOW_WORKSPACE_PLUGINS);
        }
        if (allow == null) {
            return null;
        }
        return new ServerSettings(allow instanceof JsonPrimitive p && p.isBoolean() && p.getAsBoolean());
    }
}
