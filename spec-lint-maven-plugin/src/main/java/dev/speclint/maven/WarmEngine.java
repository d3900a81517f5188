package dev.speclint.maven;

import dev.speclint.core.config.LintConfig;
import dev.speclint.core.engine.SpecLinter;
import dev.speclint.core.profile.CompiledTemplates;
import dev.speclint.core.rule.RuleRegistry;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Consumer;

/**
 * What the modules of one Maven build share, so that only the first module pays for it: the
 * compiled templates and the discovered rules.
 *
 * <p>Maven loads a plugin once per build into one class realm (per set of plugin dependencies), so
 * static state here lives for the build and is shared by the mojos of every module, in parallel
 * under {@code -T}. A plugin declared with other {@code <dependencies>} gets another realm and so
 * its own copy of this class: rule sets never mix. Within a realm the registry is still kept per
 * class loader, weakly, so a loader that goes (an embedder reusing the JVM) takes its rules with it.
 */
final class WarmEngine {

    /** Enough for every template of a large reactor; least recently used goes first. */
    static final int TEMPLATE_CAPACITY = 64;

    private static final CompiledTemplates TEMPLATES = CompiledTemplates.bounded(TEMPLATE_CAPACITY);
    private static final Map<ClassLoader, RuleRegistry> REGISTRIES = new WeakHashMap<>();

    private WarmEngine() {
    }

    /**
     * Makes {@code builder} take the build's compiled templates (telling {@code compiled} of each
     * one it compiles) and, unless {@code config} has a {@code pluginPath} (which adds a class loader
     * of its own), the build's rules for {@code loader}.
     *
     * @throws dev.speclint.core.rule.DuplicateRuleException when two rules share an id
     */
    static SpecLinter.Builder warm(SpecLinter.Builder builder, LintConfig config, ClassLoader loader,
            Consumer<String> compiled) {
        builder.compiledTemplates(TEMPLATES).templateCompiled(compiled);
        if (config.pluginPath().isEmpty()) {
            builder.rules(registry(loader));
        }
        return builder;
    }

    /** The compiled templates of this build. */
    static CompiledTemplates templates() {
        return TEMPLATES;
    }

    /**
     * The rules of every {@code RuleProvider} visible to {@code loader}, discovered on the first call
     * for that loader. Rules are stateless and already run on many threads within one module.
     *
     * @throws dev.speclint.core.rule.DuplicateRuleException when two rules share an id (nothing kept)
     */
    static RuleRegistry registry(ClassLoader loader) {
        synchronized (REGISTRIES) {
            return REGISTRIES.computeIfAbsent(loader, RuleRegistry::discover);
        }
    }
}
