package dev.speclint.maven;

import java.util.Locale;
import java.util.Optional;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.reporting.MavenReportException;

/**
 * The {@code spec-lint} site report ({@code <reporting>}): the module's specs with their status,
 * completeness and findings, as one page of the site. Lints as {@code check} does; never fails the
 * build on findings.
 */
@Mojo(name = "spec-lint", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class SpecLintReport extends AbstractSpecLintReport {

    @Override
    public String getDescription(Locale locale) {
        return "The specs of this module: status, completeness and spec-lint findings.";
    }

    @Override
    public boolean canGenerateReport() {
        return !skip;
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        Optional<Linted> linted = lint(getProject(), getProject().getBasedir().toPath().toAbsolutePath().normalize());
        Linted l = linted.orElseGet(() -> new Linted(Empty.result(), Empty.index()));
        new SiteReportRenderer(getSink()).render("spec-lint: specs of " + getProject().getName(), l.index(), l.result());
    }
}
